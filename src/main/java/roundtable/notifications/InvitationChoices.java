package roundtable.notifications;

import org.springframework.stereotype.Component;
import roundtable.attendance.RsvpInvited;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.subscriptions.Category;
import roundtable.subscriptions.SubscriptionService;

/**
 * A member's invitation is their body's meeting announcement: it follows their choice for meeting
 * announcements. Turned off (in the profile, or for this body from an email), nothing is sent; with
 * the daily digest, a first invitation waits there with its answer link, while a changed meeting is
 * still told at once (an old time in their calendar would mislead them).
 */
@Component
class InvitationChoices {

    /** Whether to send the invitation now, and the member's one-click link to stop this body's invitations. */
    record Decision(boolean sendNow, String unsubscribe) {}

    private final PersonService people;
    private final MeetingService meetings;
    private final SubscriptionService subscriptions;
    private final MemberDelivery delivery;
    private final DailyDigest digest;

    InvitationChoices(
            PersonService people,
            MeetingService meetings,
            SubscriptionService subscriptions,
            MemberDelivery delivery,
            DailyDigest digest) {
        this.people = people;
        this.meetings = meetings;
        this.subscriptions = subscriptions;
        this.delivery = delivery;
        this.digest = digest;
    }

    Decision decide(RsvpInvited event) {
        Long personId = people.idOf(event.email()).orElse(null);
        // Read as a link holder would: the listener runs with nobody signed in, and closed meetings count too.
        MeetingSummary meeting =
                meetings.findNamedByLink(event.meeting().meetingId()).orElse(null);
        if (personId == null || meeting == null) {
            return new Decision(true, null);
        }
        long bodyId = meeting.bodyId();
        switch (delivery.of(personId, Category.MEETINGS, subscriptions.membersOptedOut(bodyId, Category.MEETINGS))) {
            case NONE -> {
                return new Decision(false, null);
            }
            case DIGEST -> {
                // Held only if the digest comes before the meeting does; a re-invitation after a move is never held.
                if (!event.moved() && meeting.startsAt().toInstant().isAfter(digest.nextDigestAt())) {
                    digest.hold(
                            personId,
                            bodyId,
                            Category.MEETINGS,
                            "invitation:" + event.invitationId(),
                            event.meeting().bodyName(),
                            meeting.title(),
                            meeting.startsAtLocal(),
                            meeting.zone(),
                            event.answerLink());
                    return new Decision(false, null);
                }
            }
            case SINGLE -> {}
        }
        return new Decision(true, subscriptions.memberUnsubscribeLink(personId, bodyId, Category.MEETINGS));
    }
}
