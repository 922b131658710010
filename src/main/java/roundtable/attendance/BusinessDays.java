package roundtable.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting Monday-to-Friday days, as the lead-time policy does. */
final class BusinessDays {

    private BusinessDays() {}

    /** The business day that lies {@code count} business days before {@code day}. */
    static LocalDate before(LocalDate day, int count) {
        LocalDate result = day;
        for (int i = 0; i < count; i++) {
            do {
                result = result.minusDays(1);
            } while (result.getDayOfWeek() == DayOfWeek.SATURDAY || result.getDayOfWeek() == DayOfWeek.SUNDAY);
        }
        return result;
    }
}
