package roundtable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import roundtable.base.security.Role;
import roundtable.notifications.EmailStatus;
import roundtable.notifications.NotificationService;

/**
 * Waits until the background sender has delivered everything queued, so a test that sends
 * many emails leaves the shared SMTP server quiet for the next test class (some count messages).
 */
public final class OutboxDrain {

    private OutboxDrain() {
    }

    /** Also waits for the listeners of scheduling's, attendance's, meetings', minutes' and subscriptions' events, which run after commit on another thread. */
    public static void await(NotificationService notifications, org.springframework.jdbc.core.JdbcTemplate jdbc,
            Duration within) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(new UsernamePasswordAuthenticationToken("outbox-drain", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(admin);
        try {
            Instant deadline = Instant.now().plus(within);
            int quiet = 0;
            while (quiet < 3 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                long pending = jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                        + " and (event_type like 'roundtable.scheduling.%' or event_type like 'roundtable.attendance.%'"
                        + " or event_type like 'roundtable.minutes.%' or event_type like 'roundtable.meetings.%'"
                        + " or event_type like 'roundtable.subscriptions.%')",
                        Long.class)
                        + notifications.count(EmailStatus.QUEUED) + notifications.count(EmailStatus.SENDING)
                        + notifications.count(EmailStatus.RETRYING);
                quiet = pending == 0 ? quiet + 1 : 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
