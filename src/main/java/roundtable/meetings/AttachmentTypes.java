package roundtable.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The kinds of file an agenda may carry. A file is accepted only when its name's extension
 * is one of these AND its own first bytes say the same (Apache Tika's magic numbers, read
 * without the file name), so a program renamed to "budget.pdf" is refused.
 *
 * <p>Office documents of 2007 and later and OpenDocument files are ZIP containers: Tika's
 * core tells them from other files but not always from each other, so any ZIP container is
 * accepted for those extensions. They are always served as downloads with the type of
 * their extension and {@code nosniff}, so a mislabelled container cannot run in a browser.
 */
final class AttachmentTypes {

    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    /** What an extension is served as, and which detected types confirm it. */
    record Kind(String contentType, Set<MediaType> confirmedBy) {}

    private static final Map<String, Kind> BY_EXTENSION = new LinkedHashMap<>();

    static {
        exact("pdf", "application/pdf");
        legacyOffice("doc", "application/msword");
        legacyOffice("xls", "application/vnd.ms-excel");
        legacyOffice("ppt", "application/vnd.ms-powerpoint");
        officeOpenXml("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        officeOpenXml("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        officeOpenXml("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        openDocument("odt", "application/vnd.oasis.opendocument.text");
        openDocument("ods", "application/vnd.oasis.opendocument.spreadsheet");
        openDocument("odp", "application/vnd.oasis.opendocument.presentation");
        // Plain text only: HTML or a script renamed to .txt is detected as such and refused.
        BY_EXTENSION.put("txt", new Kind("text/plain", Set.of(MediaType.TEXT_PLAIN)));
        BY_EXTENSION.put("csv", new Kind("text/csv", Set.of(MediaType.TEXT_PLAIN)));
        exact("png", "image/png");
        exact("jpg", "image/jpeg");
        exact("jpeg", "image/jpeg");
        exact("gif", "image/gif");
        exact("webp", "image/webp");
    }

    private AttachmentTypes() {}

    /** The extensions accepted, with their dots, for the upload's file chooser and messages. */
    static String[] extensions() {
        return BY_EXTENSION.keySet().stream().map(e -> "." + e).toArray(String[]::new);
    }

    /** The kind a file name claims, if it is one we accept. */
    static Optional<Kind> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0
                ? Optional.empty()
                : Optional.ofNullable(
                        BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Whether the file's own bytes confirm the kind its name claims. */
    static boolean confirms(Kind kind, Path file) throws IOException {
        MediaType detected;
        try (InputStream in = TikaInputStream.get(file)) {
            detected = MimeTypes.getDefaultMimeTypes().detect(in, new Metadata());
        }
        return kind.confirmedBy().contains(detected.getBaseType());
    }

    private static void exact(String extension, String type) {
        BY_EXTENSION.put(extension, new Kind(type, Set.of(MediaType.parse(type))));
    }

    private static void legacyOffice(String extension, String type) {
        BY_EXTENSION.put(extension, new Kind(type, Set.of(OLE2, MediaType.parse(type))));
    }

    private static void officeOpenXml(String extension, String type) {
        BY_EXTENSION.put(extension, new Kind(type, Set.of(ZIP, OOXML, MediaType.parse(type))));
    }

    private static void openDocument(String extension, String type) {
        BY_EXTENSION.put(extension, new Kind(type, Set.of(ZIP, MediaType.parse(type))));
    }
}
