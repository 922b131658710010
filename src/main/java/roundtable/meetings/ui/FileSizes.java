package roundtable.meetings.ui;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A file's size as a reader says it: SI unit symbols are the same in every language, the
 * number is written the reader's way ("1.5 MB", "1,5 MB").
 */
final class FileSizes {

    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = 1024 * KILOBYTE;

    private FileSizes() {}

    static String of(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < KILOBYTE) {
            return number.format(bytes) + " B";
        }
        if (bytes < MEGABYTE) {
            return number.format(Math.round((double) bytes / KILOBYTE)) + " kB";
        }
        return number.format((double) bytes / MEGABYTE) + " MB";
    }
}
