package roundtable.meetings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves agenda attachments as downloads. The type is the one checked on upload, the
 * browser is told not to guess another ({@code nosniff}) and to save rather than show the
 * file, and a closed meeting's files are "not found" for anyone who may not see the meeting.
 * The file name at the end of the address is only for the reader's browser.
 */
@Controller
class AttachmentDownloadController {

    static final String PATH = "/meetings/{meetingId}/attachments/{attachmentId}/{fileName}";

    private final AttachmentService attachments;

    AttachmentDownloadController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping(PATH)
    ResponseEntity<Resource> download(@PathVariable long meetingId, @PathVariable long attachmentId, WebRequest request)
            throws IOException {
        AttachmentContent found = attachments
                .openAttachment(attachmentId)
                .filter(a -> a.attachment().meetingId() == meetingId)
                .orElse(null);
        if (found == null) {
            return ResponseEntity.notFound().build();
        }
        AttachmentSummary file = found.attachment();
        String etag = "\"" + file.sha256() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .eTag(etag)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                // Should a browser show it anyway, nothing in it may run or load.
                .header("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'")
                .body(new InputStreamResource(found.content().open()));
    }
}
