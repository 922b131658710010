package roundtable.attendance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.security.Open;
import roundtable.meetings.MeetingSummary;

/** A member answers from the invitation emailed to them, without signing in: the signed link names them. */
@Service
@Transactional(readOnly = true)
public class InvitationRsvps {

    private final InvitationLinks invitations;
    private final RsvpRepository rsvps;
    private final MemberAnswers answers;
    private final RsvpViews views;
    private final MeetingFactsSource facts;

    InvitationRsvps(
            InvitationLinks invitations,
            RsvpRepository rsvps,
            MemberAnswers answers,
            RsvpViews views,
            MeetingFactsSource facts) {
        this.invitations = invitations;
        this.rsvps = rsvps;
        this.answers = answers;
        this.views = views;
        this.facts = facts;
    }

    /**
     * What a member's invitation link shows: the meeting, their answer so far, and whether it still
     * takes one (a link past its expiry still says why not). Nothing changes by looking.
     */
    @Open(reason = "the signed invitation link is the permission")
    public InvitationView invitation(String token) {
        InvitationLinks.Invited invited = invitations.resolve(token, true);
        MeetingSummary meeting = invited.meeting();
        // The link can be forwarded: what the member wrote in their own words stays off this page.
        RsvpView current = rsvps.findByMeetingIdAndPersonId(meeting.id(), invited.personId())
                .map(r -> views.view(r, meeting))
                .map(RsvpView::withoutOwnWords)
                .orElse(null);
        return new InvitationView(
                invited.name(),
                facts.of(meeting),
                Response.offeredFor(meeting.format()),
                current,
                invitations.standing(invited));
    }

    /** The member an invitation link names answers from it, as {@link MemberRsvps#rsvp} would for them. */
    @Transactional
    @Open(reason = "the signed invitation link is the permission")
    public RsvpView rsvpByInvitation(String token, Response response, AccessNeeds needs) {
        InvitationLinks.Invited invited = invitations.resolve(token, false);
        // What they asked for before, or what was withdrawn when they said they would not come: the page
        // offers it again without their own words, which are kept here rather than lost.
        AccessNeeds before = rsvps.findByMeetingIdAndPersonId(invited.meeting().id(), invited.personId())
                .map(r -> RequestedNeeds.active(r).any() ? RequestedNeeds.active(r) : RequestedNeeds.lastWithdrawn(r))
                .orElse(AccessNeeds.none());
        return answers.answer(
                invited.personId(),
                invited.meeting(),
                response,
                needs == null ? null : needs.keepingOwnWordsOf(before));
    }
}
