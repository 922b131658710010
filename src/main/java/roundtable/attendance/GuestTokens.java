package roundtable.attendance;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.SignedLinks;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * A guest's two signed links: to confirm their address, and to see, change or cancel their RSVP.
 * Each carries the RSVP's nonce, so a guest who answers again afresh stops the old ones.
 */
@Component
class GuestTokens {

    static final String CONFIRM_PURPOSE = "rsvp-confirm";
    static final String MANAGE_PURPOSE = "rsvp-manage";
    static final String CONFIRM_PATH = "/rsvp/confirm/";
    static final String MANAGE_PATH = "/rsvp/manage/";
    /** Guests may still look at (not change) their RSVP for a while after the meeting. */
    static final Duration LINK_OUTLIVES_MEETING = Duration.ofDays(30);

    private final SignedLinks links;
    private final RoundtableProperties properties;
    private final RsvpRepository rsvps;
    private final MeetingService meetings;

    GuestTokens(SignedLinks links, RoundtableProperties properties, RsvpRepository rsvps, MeetingService meetings) {
        this.links = links;
        this.properties = properties;
        this.rsvps = rsvps;
        this.meetings = meetings;
    }

    String confirmLink(Rsvp rsvp, MeetingSummary meeting) {
        return link(CONFIRM_PATH, CONFIRM_PURPOSE, rsvp, meeting);
    }

    String manageLink(Rsvp rsvp, MeetingSummary meeting) {
        return link(MANAGE_PATH, MANAGE_PURPOSE, rsvp, meeting);
    }

    private String link(String path, String purpose, Rsvp rsvp, MeetingSummary meeting) {
        Instant expires = meeting.endsAt().toInstant().plus(LINK_OUTLIVES_MEETING);
        return properties.link(path + links.sign(purpose, rsvp.getId(), rsvp.getNonce(), expires));
    }

    /** The RSVP a link names, or a {@link RsvpLinkException} saying whether it expired or was never valid. */
    Rsvp resolve(String purpose, String token) {
        return links.resolve(
                purpose,
                token,
                rsvps::findById,
                Rsvp::getNonce,
                outcome -> new RsvpLinkException(
                        outcome == SignedLinks.Outcome.EXPIRED
                                ? RsvpLinkException.Problem.EXPIRED
                                : RsvpLinkException.Problem.INVALID));
    }

    MeetingSummary meetingOf(Rsvp rsvp) {
        return meetings.find(rsvp.getMeetingId())
                .orElseThrow(() -> new RsvpLinkException(RsvpLinkException.Problem.INVALID));
    }
}
