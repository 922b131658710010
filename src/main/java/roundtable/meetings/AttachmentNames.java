package roundtable.meetings;

import java.text.Normalizer;

/**
 * The name an attachment is shown and downloaded under: the uploader's file name without
 * any folder, control characters or slashes, and short enough for the column. The bytes
 * on disk never use it.
 */
final class AttachmentNames {

    private AttachmentNames() {
    }

    static String clean(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                // % and ; would make a download address the security firewall refuses.
                .replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"*:<>?|%;]", "_")
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
        return name.substring(0, AgendaLimits.FILE_NAME - extension.length()) + extension;
    }
}
