package roundtable.attendance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The district's lead-time policy: requests made fewer business days (Monday to Friday) before
 * the meeting than this are still accepted, and marked late so nobody is promised too much. What
 * people wrote about themselves in a request is kept {@code detailsKeptDays} after the meeting.
 * A request not confirmed {@code confirmByBusinessDays} before the meeting is overdue for the
 * coordinator.
 */
@ConfigurationProperties("roundtable.attendance")
record AttendanceProperties(
        @DefaultValue("5") int requestLeadBusinessDays,
        @DefaultValue("30") int detailsKeptDays,
        @DefaultValue("2") int confirmByBusinessDays) {}
