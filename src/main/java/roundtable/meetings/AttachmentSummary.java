package roundtable.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.springframework.web.util.UriUtils;

/** An attachment as readers see it: its name, checked type and size, and where to download it. */
public record AttachmentSummary(
        long id,
        long meetingId,
        long agendaItemId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant uploadedAt) {

    static AttachmentSummary of(Attachment a, long meetingId) {
        return new AttachmentSummary(
                a.getId(),
                meetingId,
                a.getAgendaItemId(),
                a.getOriginalName(),
                a.getContentType(),
                a.getSizeBytes(),
                a.getSha256(),
                a.getUploadedAt());
    }

    /** The download address, relative to the application's root; the name at the end is for the reader's browser. */
    public String downloadPath() {
        return "meetings/" + meetingId + "/attachments/" + id + "/"
                + UriUtils.encodePathSegment(fileName, StandardCharsets.UTF_8);
    }

    /** The kind of file in a word a reader recognises: PDF, DOCX, PNG. */
    public String kind() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
    }
}
