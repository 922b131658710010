package roundtable.scheduling;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.security.Open;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.people.PersonAnonymised;

/**
 * Invitees answer a poll through their signed personal link, without signing in: the link is the
 * right to read and answer, so these methods carry no other rule. Answers can change until the deadline.
 */
@Service
@Transactional(readOnly = true)
public class PollAnswers {

    private final PollInviteeRepository invitees;
    private final PollLinks links;
    private final CommitteeService committees;
    private final Clock clock;

    PollAnswers(PollInviteeRepository invitees, PollLinks links, CommitteeService committees, Clock clock) {
        this.invitees = invitees;
        this.links = links;
        this.committees = committees;
        this.clock = clock;
    }

    /** What an invitee sees through their link. */
    @Open(reason = "the signed personal link in its argument is the permission")
    public Invitation invitation(String token) {
        return invitationOf(links.resolve(token));
    }

    /**
     * Saves (or replaces) an invitee's answers until the deadline. Every time needs an answer;
     * an interpretation language must be one the district offers.
     */
    @Transactional
    @Open(reason = "the signed personal link in its argument is the permission")
    public Invitation answer(String token, Map<Long, Availability> answers, Needs needs) {
        PollInvitee invitee = links.resolve(token);
        Poll poll = invitee.getPoll();
        if (!poll.takesAnswers(clock.instant())) {
            throw new RuleViolationException("answers", "availability.error.closed");
        }
        Set<Long> ids = new HashSet<>();
        poll.getCandidates().forEach(c -> ids.add(c.getId()));
        if (answers == null
                || !answers.keySet().equals(ids)
                || answers.values().stream().anyMatch(Objects::isNull)) {
            throw new RuleViolationException("answers", "availability.error.answer-every-time");
        }
        Needs stated = needs == null ? Needs.none() : needs;
        if (stated.interpretation() != null && !LanguageNames.OFFERED.contains(stated.interpretation())) {
            throw new RuleViolationException("interpretation", "availability.error.interpretation");
        }
        invitee.answer(answers, stated, clock.instant());
        invitees.flush();
        return invitationOf(invitee);
    }

    /** A person's data was erased: so are the copies in the polls they were asked to answer. */
    @ApplicationModuleListener
    void personAnonymised(PersonAnonymised event) {
        invitees.findByPersonId(event.personId()).forEach(PollInvitee::anonymise);
    }

    private Invitation invitationOf(PollInvitee invitee) {
        Poll poll = invitee.getPoll();
        String body = committees.find(poll.getBodyId()).map(BodySummary::name).orElse("");
        return new Invitation(
                invitee.getId(),
                invitee.getName(),
                invitee.getLanguage(),
                body,
                poll.getTitle(),
                poll.getZone(),
                poll.getDurationMinutes(),
                poll.getDeadline(),
                poll.getStatus(),
                poll.takesAnswers(clock.instant()),
                poll.getCandidates().stream()
                        .map(c -> new Invitation.Time(c.getId(), c.getStartsAtLocal()))
                        .toList(),
                Map.copyOf(invitee.getAnswers()),
                invitee.getNeeds(),
                invitee.getAnsweredAt(),
                LanguageNames.OFFERED,
                poll.chosenStart().orElse(null),
                poll.getMeetingId());
    }
}
