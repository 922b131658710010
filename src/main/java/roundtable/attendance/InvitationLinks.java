package roundtable.attendance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import org.springframework.stereotype.Component;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.SignedLinks;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.people.Recipient;

/**
 * The one-click RSVP links of a member's invitation. Each names the invitation, carries its nonce
 * and expires when the meeting starts. A link works only while it names someone who still sits on
 * the body and has not been anonymised, so leaving the body is enough to stop it.
 */
@Component
class InvitationLinks {

    static final String PURPOSE = "rsvp-member";
    static final String PATH = "/rsvp/answer/";

    /** A link's invitation, checked: the meeting as it is now, whom it names, and whether its expiry has passed. */
    record Invited(RsvpInvitation invitation, MeetingSummary meeting, Recipient person, boolean expired) {

        long personId() {
            return person.personId();
        }

        String name() {
            return person.fullName();
        }
    }

    private final RsvpInvitationRepository invitations;
    private final SignedLinks links;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final PersonService people;
    private final Clock clock;
    private final RoundtableProperties properties;

    InvitationLinks(
            RsvpInvitationRepository invitations,
            SignedLinks links,
            MeetingService meetings,
            CommitteeService committees,
            PersonService people,
            Clock clock,
            RoundtableProperties properties) {
        this.invitations = invitations;
        this.links = links;
        this.meetings = meetings;
        this.committees = committees;
        this.people = people;
        this.clock = clock;
        this.properties = properties;
    }

    /** The absolute link to the answer page, good until the meeting starts. */
    String link(RsvpInvitation invitation, MeetingSummary meeting) {
        String token = links.sign(
                PURPOSE,
                invitation.getId(),
                invitation.getNonce(),
                meeting.startsAt().toInstant());
        return properties.link(PATH + token);
    }

    /**
     * The invitation a token names, if it is genuine and still names a member. A link past its expiry
     * is refused as expired unless {@code evenIfExpired}: the page still shows why it no longer answers.
     */
    Invited resolve(String token, boolean evenIfExpired) {
        SignedLinks.Verification verified = links.verify(PURPOSE, token);
        if (verified.outcome() == SignedLinks.Outcome.INVALID) {
            throw invalid();
        }
        RsvpInvitation invitation = invitations
                .findById(verified.id())
                .filter(i -> MessageDigest.isEqual(
                        i.getNonce().getBytes(StandardCharsets.US_ASCII),
                        verified.nonce().getBytes(StandardCharsets.US_ASCII)))
                .orElseThrow(InvitationLinks::invalid);
        boolean expired = verified.outcome() == SignedLinks.Outcome.EXPIRED;
        if (expired && !evenIfExpired) {
            throw new RsvpLinkException(RsvpLinkException.Problem.EXPIRED);
        }
        MeetingSummary meeting =
                meetings.findNamedByLink(invitation.getMeetingId()).orElseThrow(InvitationLinks::invalid);
        Recipient person = people.recipient(invitation.getPersonId())
                .filter(p -> committees.currentMemberIds(meeting.bodyId()).contains(p.personId()))
                .orElseThrow(InvitationLinks::invalid);
        return new Invited(invitation, meeting, person, expired);
    }

    /** Whether the link still takes an answer: the meeting's own state first, then the link's expiry. */
    InvitationView.Standing standing(Invited invited) {
        MeetingSummary meeting = invited.meeting();
        if (meeting.status() == MeetingStatus.CANCELLED) {
            return InvitationView.Standing.CANCELLED;
        }
        if (meeting.status() != MeetingStatus.SCHEDULED
                || !clock.instant().isBefore(meeting.startsAt().toInstant())) {
            return InvitationView.Standing.STARTED;
        }
        // Expired but not started: the meeting was moved later than the start the link was signed for.
        return invited.expired() ? InvitationView.Standing.EXPIRED : InvitationView.Standing.OPEN;
    }

    private static RsvpLinkException invalid() {
        return new RsvpLinkException(RsvpLinkException.Problem.INVALID);
    }
}
