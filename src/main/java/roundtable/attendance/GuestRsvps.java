package roundtable.attendance;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.EmailAddresses;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.base.security.AttemptLimiter;
import roundtable.base.security.AttemptLimits;
import roundtable.base.security.Open;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * A resident without an account asks to come to a public meeting. The answer waits for them to
 * confirm their address from the emailed link ({@link GuestRsvpChanges}); asking again changes
 * nothing, so nobody learns whether an address had already answered.
 */
@Service
@Transactional(readOnly = true)
public class GuestRsvps {

    static final int GUEST_RSVPS_PER_CLIENT = 10;
    static final int GUEST_RSVPS_PER_ADDRESS = 3;
    static final Duration GUEST_WINDOW = Duration.ofHours(1);

    private final RsvpRepository rsvps;
    private final MeetingService meetings;
    private final RsvpRules rules;
    private final AttendeeNotices notices;
    private final Clock clock;
    private final AttemptLimiter guestsPerClient;
    private final AttemptLimiter guestsPerAddress;

    GuestRsvps(
            RsvpRepository rsvps,
            MeetingService meetings,
            RsvpRules rules,
            AttendeeNotices notices,
            Clock clock,
            AttemptLimits limits) {
        this.rsvps = rsvps;
        this.meetings = meetings;
        this.rules = rules;
        this.notices = notices;
        this.clock = clock;
        this.guestsPerClient = limits.limiter("guest-rsvp.client", GUEST_RSVPS_PER_CLIENT, GUEST_WINDOW);
        this.guestsPerAddress = limits.limiter("guest-rsvp.email", GUEST_RSVPS_PER_ADDRESS, GUEST_WINDOW);
    }

    /**
     * A guest's RSVP to a public meeting. Saved to wait for the guest's confirmation from the emailed
     * link; the same address asking again gets the link again and changes nothing.
     */
    @Transactional
    @Open(
            reason = "anyone may ask to come to a public meeting: the emailed link proves the address, and "
                    + "attempts are limited per client and per address")
    public void guestRsvp(
            long meetingId,
            String name,
            String email,
            Language language,
            Response response,
            AccessNeeds needs,
            String clientAddress) {
        MeetingSummary meeting = meetings.find(meetingId)
                .filter(MeetingSummary::publicMeeting)
                .orElseThrow(() -> new RuleViolationException("meeting", "rsvp.error.guests-public-only"));
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > AttendanceLimits.NAME) {
            throw new RuleViolationException("name", "rsvp.error.name", AttendanceLimits.NAME);
        }
        PlainText.require("name", cleanName);
        String cleanEmail = email == null ? "" : email.strip();
        if (!EmailAddresses.wellFormed(cleanEmail)) {
            throw new RuleViolationException("email", "rsvp.error.email");
        }
        AccessNeeds stated = rules.check(meeting, response, needs);
        String key = EmailAddresses.key(cleanEmail);
        if (!guestsPerClient.tryAcquire(clientAddress) || !guestsPerAddress.tryAcquire(key)) {
            throw new RuleViolationException("email", "rsvp.error.too-many");
        }
        Language writeIn = language == null ? Language.fallback() : language;
        Rsvp rsvp = rsvps.findByMeetingIdAndGuestEmailKey(meetingId, key).orElse(null);
        if (rsvp == null) {
            rsvp = Rsvp.guest(meetingId, cleanName, cleanEmail, key, writeIn, response, clock.instant());
            rules.applyNeeds(rsvp, stated, meeting);
            rsvp = rsvps.saveAndFlush(rsvp);
        } else if (rsvp.getState() == RsvpState.CANCELLED) {
            rsvp.reopen(response, clock.instant());
            rules.applyNeeds(rsvp, stated, meeting);
            rsvps.saveAndFlush(rsvp);
        } else if (rsvp.getState() != RsvpState.AWAITING_EMAIL_CONFIRMATION) {
            // Already counted: the address's owner gets their link to change or cancel again, nothing more.
            notices.recorded(rsvp, meeting);
            return;
        }
        notices.askToConfirm(rsvp, meeting);
    }
}
