package roundtable.meetings.ui;

import com.vaadin.flow.component.Component;

/** A file's size as a reader says it, in their language's number format: "850 kB", "1,5 MB". */
final class FileSizes {

    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = 1024 * KILOBYTE;

    private FileSizes() {
    }

    static String of(Component in, long bytes) {
        if (bytes < KILOBYTE) {
            return in.getTranslation("file-size.bytes", bytes);
        }
        if (bytes < MEGABYTE) {
            return in.getTranslation("file-size.kilobytes", Math.round((double) bytes / KILOBYTE));
        }
        return in.getTranslation("file-size.megabytes", (double) bytes / MEGABYTE);
    }
}
