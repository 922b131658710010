package roundtable.committees;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When a body's members can come: e.g. not before 17:30 on school days (parents who work),
 * ending by 21:00 (childcare), never on Sundays. Used to rank candidate meeting times.
 */
public record AccessibleTimeRules(LocalTime earliestWeekdayStart, LocalTime latestEnd, Set<DayOfWeek> avoidedDays) {

    public enum Breach {
        STARTS_TOO_EARLY,
        ENDS_TOO_LATE,
        AVOIDED_DAY
    }

    public AccessibleTimeRules {
        avoidedDays = avoidedDays == null || avoidedDays.isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(avoidedDays);
    }

    public static AccessibleTimeRules none() {
        return new AccessibleTimeRules(null, null, Set.of());
    }

    /** Which rules a meeting from {@code start} lasting {@code minutes} would break; empty when it keeps them all. */
    public List<Breach> breaches(LocalDateTime start, int minutes) {
        List<Breach> breaches = new ArrayList<>();
        DayOfWeek day = start.getDayOfWeek();
        boolean weekday = day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
        if (earliestWeekdayStart != null && weekday && start.toLocalTime().isBefore(earliestWeekdayStart)) {
            breaches.add(Breach.STARTS_TOO_EARLY);
        }
        LocalDateTime end = start.plusMinutes(minutes);
        if (latestEnd != null
                && (end.toLocalDate().isAfter(start.toLocalDate())
                        || end.toLocalTime().isAfter(latestEnd))) {
            breaches.add(Breach.ENDS_TOO_LATE);
        }
        if (avoidedDays.contains(day)) {
            breaches.add(Breach.AVOIDED_DAY);
        }
        return breaches;
    }
}
