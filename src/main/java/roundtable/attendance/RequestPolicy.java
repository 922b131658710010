package roundtable.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import roundtable.meetings.MeetingSummary;

/** The district's lead times for requests, in business days, and how long people's own words are kept. */
@Component
class RequestPolicy {

    private final AttendanceProperties policy;
    private final Clock clock;

    RequestPolicy(AttendanceProperties policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** First request date the policy calls late for a meeting on this day. */
    LocalDate lateFrom(LocalDate meetingDay) {
        return BusinessDays.before(meetingDay, policy.requestLeadBusinessDays()).plusDays(1);
    }

    /** The last day to confirm what was asked for a meeting on this day; after it, it is overdue. */
    LocalDate arrangeBy(LocalDate meetingDay) {
        return BusinessDays.before(meetingDay, policy.confirmByBusinessDays());
    }

    /** Whether a request made today for this meeting comes after the lead time. */
    boolean late(MeetingSummary meeting) {
        LocalDate today = LocalDate.now(clock.withZone(meeting.zone()));
        return !today.isBefore(lateFrom(meeting.startsAtLocal().toLocalDate()));
    }

    /** When what people wrote about themselves for this meeting is erased. */
    Instant forgetAfter(MeetingSummary meeting) {
        return meeting.endsAt().toInstant().plus(Duration.ofDays(policy.detailsKeptDays()));
    }
}
