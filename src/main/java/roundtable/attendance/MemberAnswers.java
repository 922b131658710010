package roundtable.attendance;

import java.time.Clock;
import org.springframework.stereotype.Component;
import roundtable.meetings.MeetingSummary;

/**
 * A member's answer, new or changed, until the meeting starts, however it came: from the meeting
 * page or from their invitation link. Taking a place when the meeting is full puts them on the
 * waitlist; giving one up hands it to the first waiting.
 */
@Component
class MemberAnswers {

    private final RsvpRepository rsvps;
    private final RsvpRules rules;
    private final Waitlist waitlist;
    private final AttendeeNotices notices;
    private final RsvpViews views;
    private final Clock clock;

    MemberAnswers(
            RsvpRepository rsvps,
            RsvpRules rules,
            Waitlist waitlist,
            AttendeeNotices notices,
            RsvpViews views,
            Clock clock) {
        this.rsvps = rsvps;
        this.rules = rules;
        this.waitlist = waitlist;
        this.notices = notices;
        this.views = views;
        this.clock = clock;
    }

    RsvpView answer(long personId, MeetingSummary meeting, Response response, AccessNeeds needs) {
        long meetingId = meeting.id();
        AccessNeeds stated = rules.check(meeting, response, needs);
        MeetingCapacity capacity = waitlist.lockCapacity(meetingId);
        long holding = rsvps.countHoldingPlaces(meetingId);
        Rsvp rsvp = rsvps.findByMeetingIdAndPersonId(meetingId, personId)
                .orElseGet(() -> Rsvp.member(meetingId, personId, response, clock.instant()));
        boolean isNew = rsvp.getId() == null;
        boolean wasHolding = !isNew && rsvp.holdsPlace();
        RsvpState before = isNew ? null : rsvp.getState();
        Response answeredBefore = isNew ? null : rsvp.getResponse();
        rsvp.answer(response, clock.instant());
        waitlist.place(rsvp, capacity, holding - (wasHolding ? 1 : 0), wasHolding, before == RsvpState.WAITLISTED);
        rules.applyNeeds(rsvp, stated, meeting);
        rsvps.saveAndFlush(rsvp);
        if (wasHolding && !rsvp.holdsPlace()) {
            waitlist.promote(meeting, capacity);
        }
        if (response.takesPlace() && (before != rsvp.getState() || answeredBefore != response)) {
            notices.memberAnswered(rsvp, meeting);
        }
        if (response == Response.NOT_ATTENDING && answeredBefore != Response.NOT_ATTENDING) {
            // Their invitation put the meeting in their calendar: it comes off, and they hear what was withdrawn.
            notices.notComing(rsvp, meeting, false);
        }
        return views.view(rsvp, meeting);
    }
}
