package roundtable.scheduling;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.SignedLinks;
import roundtable.committees.BodySummary;

/**
 * Invitees' personal links: signed for answering polls only (a token signed for an RSVP is refused
 * here), and the email that carries one, whether the first invitation or the reminder before the deadline.
 */
@Component
class PollLinks {

    static final String LINK_PURPOSE = "poll-answer";
    static final String ANSWER_PATH = "/availability/";
    static final Duration LINK_OUTLIVES_DEADLINE = Duration.ofDays(30);

    private final PollInviteeRepository invitees;
    private final SignedLinks links;
    private final RoundtableProperties properties;

    PollLinks(PollInviteeRepository invitees, SignedLinks links, RoundtableProperties properties) {
        this.invitees = invitees;
        this.links = links;
        this.properties = properties;
    }

    /** What an invitee's email says: the times, the deadline and their personal link. */
    AvailabilityRequested request(Poll poll, PollInvitee invitee, BodySummary body, boolean reminder) {
        List<LocalDateTime> times = poll.getCandidates().stream()
                .map(PollCandidate::getStartsAtLocal)
                .toList();
        return new AvailabilityRequested(
                poll.getId(),
                invitee.getId(),
                invitee.getName(),
                invitee.getEmail(),
                invitee.getLanguage(),
                linkFor(invitee),
                body.name(),
                poll.getTitle(),
                poll.getZone().getId(),
                poll.getDeadline(),
                poll.getDurationMinutes(),
                times,
                reminder);
    }

    /**
     * The personal link of an invitee. Answers stop at the deadline (the poll says so itself); the
     * link lives a while longer so that opening it after the chair has chosen tells the time chosen.
     */
    String linkFor(PollInvitee invitee) {
        return properties.link(ANSWER_PATH
                + links.sign(
                        LINK_PURPOSE,
                        invitee.getId(),
                        invitee.getNonce(),
                        invitee.getPoll().getDeadline().plus(LINK_OUTLIVES_DEADLINE)));
    }

    /** The invitee a link names, or a {@link PollLinkException} saying whether it expired or never stood. */
    PollInvitee resolve(String token) {
        return links.resolve(
                LINK_PURPOSE,
                token,
                invitees::findWithPoll,
                PollInvitee::getNonce,
                outcome -> new PollLinkException(
                        outcome == SignedLinks.Outcome.EXPIRED
                                ? PollLinkException.Problem.EXPIRED
                                : PollLinkException.Problem.INVALID));
    }
}
