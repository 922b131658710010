package roundtable.meetings;

import java.text.Normalizer;

/**
 * The name an attachment is shown and downloaded under: the uploader's file name without
 * any folder, control characters or slashes, and short enough for the column. The bytes
 * on disk never use it.
 */
final class AttachmentNames {

    private AttachmentNames() {}

    static String clean(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                // % and ; would make a download address the security firewall refuses.
                // \p{Cc} is every control character (the C1 ones and NEL too, which \p{Cntrl} leaves in),
                // \p{Cs} half an emoji, and the bidirectional overrides would make "exe.pdf" read as "fdp.exe".
                .replaceAll(
                        "[\\p{Cc}\\p{Cs}\\p{Zl}\\p{Zp}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FFFE}\\x{FFFF}\"*:<>?|%;]",
                        "_")
                .strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "attachment";
        }
        return shorten(name);
    }

    /** Cuts a long name in its middle, keeping the extension that says what kind of file it is. */
    private static String shorten(String name) {
        if (name.length() <= AgendaLimits.FILE_NAME) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int end = AgendaLimits.FILE_NAME - extension.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--; // never half an emoji
        }
        return name.substring(0, end) + extension;
    }
}
