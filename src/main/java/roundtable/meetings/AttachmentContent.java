package roundtable.meetings;

import java.io.IOException;
import java.io.InputStream;

/** An attachment a reader may open, with its bytes read from storage only when asked. */
public record AttachmentContent(AttachmentSummary attachment, ContentSource content) {

    @FunctionalInterface
    public interface ContentSource {
        InputStream open() throws IOException;
    }
}
