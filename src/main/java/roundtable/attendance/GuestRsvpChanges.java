package roundtable.attendance;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RuleViolationException;
import roundtable.base.security.Open;
import roundtable.meetings.MeetingSummary;

/**
 * What a guest does from their emailed links, without an account: confirm their address (then the
 * RSVP counts, or waits for a place), see it, change it, cancel it, or answer again after cancelling.
 */
@Service
@Transactional(readOnly = true)
@Open(reason = "the signed link in the emailed message is the permission")
public class GuestRsvpChanges {

    private final RsvpRepository rsvps;
    private final GuestTokens tokens;
    private final Waitlist waitlist;
    private final RsvpRules rules;
    private final AttendeeNotices notices;
    private final RsvpViews views;
    private final Clock clock;

    GuestRsvpChanges(
            RsvpRepository rsvps,
            GuestTokens tokens,
            Waitlist waitlist,
            RsvpRules rules,
            AttendeeNotices notices,
            RsvpViews views,
            Clock clock) {
        this.rsvps = rsvps;
        this.tokens = tokens;
        this.waitlist = waitlist;
        this.rules = rules;
        this.notices = notices;
        this.views = views;
        this.clock = clock;
    }

    /** The guest's confirmation page: what they are confirming. Nothing changes by looking. */
    public RsvpView guestRsvpToConfirm(String token) {
        Rsvp rsvp = tokens.resolve(GuestTokens.CONFIRM_PURPOSE, token);
        return views.view(rsvp, tokens.meetingOf(rsvp));
    }

    /** The guest followed their link and pressed Confirm: the RSVP counts (or waits for a place). */
    @Transactional
    public RsvpView confirmGuest(String token) {
        Rsvp rsvp = tokens.resolve(GuestTokens.CONFIRM_PURPOSE, token);
        MeetingSummary meeting = tokens.meetingOf(rsvp);
        if (rsvp.getState() != RsvpState.AWAITING_EMAIL_CONFIRMATION) {
            return views.view(rsvp, meeting);
        }
        rules.requireOpen(meeting);
        MeetingCapacity capacity = waitlist.lockCapacity(rsvp.getMeetingId());
        waitlist.place(rsvp, capacity, rsvps.countHoldingPlaces(rsvp.getMeetingId()), false, false);
        rsvps.saveAndFlush(rsvp);
        notices.recorded(rsvp, meeting);
        return views.view(rsvp, meeting);
    }

    /** What a guest sees from their manage link. */
    public RsvpView guestManage(String token) {
        Rsvp rsvp = tokens.resolve(GuestTokens.MANAGE_PURPOSE, token);
        return views.view(rsvp, tokens.meetingOf(rsvp));
    }

    /**
     * A confirmed guest changes their answer or requests from their link; one who cancelled answers
     * again (or undoes the cancel) from the same link, and takes a place if one is free.
     */
    @Transactional
    public RsvpView guestChange(String token, Response response, AccessNeeds needs) {
        Rsvp rsvp = tokens.resolve(GuestTokens.MANAGE_PURPOSE, token);
        MeetingSummary meeting = tokens.meetingOf(rsvp);
        if (rsvp.getState() == RsvpState.AWAITING_EMAIL_CONFIRMATION) {
            throw new RuleViolationException("response", "rsvp.error.not-changeable");
        }
        AccessNeeds stated = rules.check(meeting, response, needs);
        MeetingCapacity capacity = waitlist.lockCapacity(rsvp.getMeetingId());
        long holding = rsvps.countHoldingPlaces(rsvp.getMeetingId());
        boolean wasHolding = rsvp.holdsPlace();
        RsvpState stateBefore = rsvp.getState();
        Response answeredBefore = rsvp.getResponse();
        rsvp.answer(response, clock.instant());
        waitlist.place(rsvp, capacity, holding - (wasHolding ? 1 : 0), wasHolding, stateBefore == RsvpState.WAITLISTED);
        rules.applyNeeds(rsvp, stated, meeting);
        rsvps.saveAndFlush(rsvp);
        if (wasHolding && !rsvp.holdsPlace()) {
            waitlist.promote(meeting, capacity);
        }
        if (response.takesPlace() && (stateBefore != rsvp.getState() || answeredBefore != response)) {
            notices.recorded(rsvp, meeting);
        } else if (response == Response.NOT_ATTENDING
                && answeredBefore != Response.NOT_ATTENDING
                && stateBefore != RsvpState.CANCELLED) {
            notices.notComing(rsvp, meeting, false);
        }
        return views.view(rsvp, meeting);
    }

    /** A guest cancels from their link; their place (if they had one) goes to the first waiting. */
    @Transactional
    public RsvpView cancelByToken(String token) {
        Rsvp rsvp = tokens.resolve(GuestTokens.MANAGE_PURPOSE, token);
        MeetingSummary meeting = tokens.meetingOf(rsvp);
        if (rsvp.getState() == RsvpState.CANCELLED) {
            return views.view(rsvp, meeting);
        }
        MeetingCapacity capacity = waitlist.lockCapacity(rsvp.getMeetingId());
        boolean wasHolding = rsvp.holdsPlace();
        boolean wasCounted = rsvp.getState() != RsvpState.AWAITING_EMAIL_CONFIRMATION;
        rsvp.cancel(clock.instant());
        rsvps.saveAndFlush(rsvp);
        if (wasHolding) {
            waitlist.promote(meeting, capacity);
        }
        if (wasCounted) {
            notices.notComing(rsvp, meeting, true);
        }
        return views.view(rsvp, meeting);
    }
}
