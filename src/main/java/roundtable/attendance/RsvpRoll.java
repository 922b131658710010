package roundtable.attendance;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who answered about a meeting, for the people who record it (the check-in sheet is built from
 * it): each RSVP with its answer and state, without what anyone asked for.
 */
@Service
@Transactional(readOnly = true)
public class RsvpRoll {

    /** One RSVP: a member's ({@code personId}) or a guest's ({@code guestName}). */
    public record Answer(long rsvpId, Long personId, String guestName, Response response, RsvpState state) {

        public boolean guest() {
            return personId == null;
        }

        /** A guest counted among those coming: confirmed, or waiting for a place. */
        public boolean expectedGuest() {
            return guest() && (state == RsvpState.CONFIRMED || state == RsvpState.WAITLISTED);
        }
    }

    private final RsvpRepository rsvps;

    RsvpRoll(RsvpRepository rsvps) {
        this.rsvps = rsvps;
    }

    /** Every RSVP to the meeting, cancelled ones included. */
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public List<Answer> answersTo(long meetingId) {
        return rsvps.findByMeetingId(meetingId).stream().map(RsvpRoll::answer).toList();
    }

    /** One RSVP, if it is to this meeting. */
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public Optional<Answer> answer(long meetingId, long rsvpId) {
        return rsvps.findById(rsvpId).filter(r -> r.getMeetingId() == meetingId).map(RsvpRoll::answer);
    }

    /** A member's RSVP to the meeting, if they made one. */
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public Optional<Answer> answerOf(long meetingId, long personId) {
        return rsvps.findByMeetingIdAndPersonId(meetingId, personId).map(RsvpRoll::answer);
    }

    private static Answer answer(Rsvp r) {
        return new Answer(r.getId(), r.getPersonId(), r.getGuestName(), r.getResponse(), r.getState());
    }
}
