package roundtable.scheduling;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RoundtableProperties;
import roundtable.base.RuleViolationException;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.committees.VotingComposition;
import roundtable.meetings.MeetingConflict;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingPlanning;

/**
 * The chair reads a poll's answers, the times ranked with the reasons for each place, and decides:
 * a time becomes the meeting, with the poll's place whole, and everyone asked is told; or the poll
 * is closed without one.
 */
@Service
@Transactional(readOnly = true)
public class PollDecisions {

    private static final String RECORDER = "@committeeAccess.canRecord(@pollBodies.of(#pollId))";

    private final PollRepository polls;
    private final CommitteeService committees;
    private final MeetingPlanning meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundtableProperties properties;

    PollDecisions(
            PollRepository polls,
            CommitteeService committees,
            MeetingPlanning meetings,
            ApplicationEventPublisher events,
            Clock clock,
            RoundtableProperties properties) {
        this.polls = polls;
        this.committees = committees;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** Who answered and the candidates ranked, with the reasons for each place. */
    @PreAuthorize(RECORDER)
    public PollResults results(long pollId) {
        Poll poll = poll(pollId);
        BodySummary body = committees.find(poll.getBodyId()).orElseThrow();
        List<PollResults.InviteeStatus> statuses = poll.getInvitees().stream()
                .map(i -> new PollResults.InviteeStatus(i.getName(), i.getPersonId() == null, i.getAnsweredAt()))
                .toList();
        return new PollResults(
                PollSummary.of(poll),
                body.name(),
                poll.takesAnswers(clock.instant()),
                statuses,
                rank(poll, body),
                poll.getChosenCandidateId());
    }

    @PreAuthorize(RECORDER)
    public List<RankedCandidate> ranking(long pollId) {
        return results(pollId).ranking();
    }

    /** Meetings a time would clash with (the body's own, or the same room), for the chair to weigh before choosing. */
    @PreAuthorize(RECORDER)
    public List<MeetingConflict> clashesOf(long pollId, long candidateId) {
        Poll poll = poll(pollId);
        return meetings.conflicts(meetingAt(poll, candidate(poll, candidateId)), null);
    }

    /**
     * The chair chooses a time: the meeting is scheduled (public unless the poll said closed, in the
     * body's zone, with the place given when proposing), and everyone invited is told.
     */
    @Transactional
    @PreAuthorize(RECORDER)
    public long decide(long pollId, long candidateId, long expectedVersion) {
        Poll poll = open(pollId, expectedVersion);
        PollCandidate chosen = candidate(poll, candidateId);
        if (!startsInFuture(chosen.getStartsAtLocal(), poll.getZone())) {
            throw new RuleViolationException("candidate", "poll.error.candidate-past-now");
        }
        BodySummary body = committees.find(poll.getBodyId()).orElseThrow();
        long meetingId = meetings.scheduleMeeting(meetingAt(poll, chosen));
        poll.decide(chosen.getId(), meetingId);
        polls.flush();
        String meetingLink = properties.link("/meetings/" + meetingId);
        MeetingPlace place = poll.getPlace();
        for (PollInvitee i : poll.getInvitees()) {
            events.publishEvent(new PollDecided(
                    pollId,
                    meetingId,
                    i.getId(),
                    i.getName(),
                    i.getEmail(),
                    i.getLanguage(),
                    body.name(),
                    poll.getTitle(),
                    chosen.getStartsAtLocal(),
                    poll.getZone().getId(),
                    poll.getDurationMinutes(),
                    place.format(),
                    place.location(),
                    meetingLink));
        }
        return meetingId;
    }

    /** Ends a poll without a meeting; its links then only say so. */
    @Transactional
    @PreAuthorize(RECORDER)
    public void closePoll(long pollId, long expectedVersion) {
        open(pollId, expectedVersion).close();
    }

    private static MeetingData meetingAt(Poll poll, PollCandidate chosen) {
        return new MeetingData(
                poll.getBodyId(),
                poll.getTitle(),
                chosen.getStartsAtLocal(),
                poll.getZone(),
                poll.getDurationMinutes(),
                poll.getPlace(),
                poll.isPublicMeeting(),
                null);
    }

    private List<RankedCandidate> rank(Poll poll, BodySummary body) {
        VotingComposition composition = committees.votingComposition(poll.getBodyId());
        List<CandidateRanking.Candidate> candidates = poll.getCandidates().stream()
                .map(c -> new CandidateRanking.Candidate(c.getId(), c.getStartsAtLocal()))
                .toList();
        List<CandidateRanking.Response> responses = poll.getInvitees().stream()
                .map(i -> new CandidateRanking.Response(i.getPersonId(), i.getAnswers(), i.getNeeds()))
                .toList();
        return CandidateRanking.rank(candidates, responses, composition, body.timeRules(), poll.getDurationMinutes());
    }

    private Poll poll(long pollId) {
        return polls.findById(pollId).orElseThrow(() -> new UnknownPollException(pollId));
    }

    /** A poll still open, as the chair last read it. */
    private Poll open(long pollId, long expectedVersion) {
        Poll poll = poll(pollId);
        if (poll.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Poll " + pollId + " changed since it was read");
        }
        if (poll.getStatus() != PollStatus.OPEN) {
            throw new RuleViolationException("poll", "poll.error.not-open");
        }
        return poll;
    }

    private static PollCandidate candidate(Poll poll, long candidateId) {
        return poll.candidate(candidateId)
                .orElseThrow(() -> new RuleViolationException("candidate", "poll.error.unknown-candidate"));
    }

    private boolean startsInFuture(LocalDateTime start, ZoneId zone) {
        return ZonedDateTime.ofLocal(start, zone, null).toInstant().isAfter(clock.instant());
    }
}
