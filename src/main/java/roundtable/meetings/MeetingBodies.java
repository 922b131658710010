package roundtable.meetings;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The body a meeting, agenda item or attachment belongs to, for the access rules on service
 * methods that name one of them: {@code @committeeAccess.canRecord(@meetingBodies.ofMeeting(#meetingId))}.
 * Something that is not there is answered as the method itself would: an unknown meeting is refused,
 * and an item or attachment someone removed is "gone", so the page can say so and reload.
 */
@Component("meetingBodies")
class MeetingBodies {

    private final MeetingRepository meetings;

    MeetingBodies(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    public long ofMeeting(long meetingId) {
        return meetings.bodyOfMeeting(meetingId).orElseThrow(() -> new AccessDeniedException("No such meeting"));
    }

    public long ofAgendaItem(long itemId) {
        return meetings.bodyOfAgendaItem(itemId)
                .orElseThrow(() -> new OptimisticLockingFailureException("Agenda item " + itemId + " was removed"));
    }

    public long ofAttachment(long attachmentId) {
        return meetings.bodyOfAttachment(attachmentId)
                .orElseThrow(() -> new OptimisticLockingFailureException("Attachment " + attachmentId + " is gone"));
    }
}
