package roundtable.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import roundtable.base.RoundtableProperties;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.SignedLinks;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeAccess;
import roundtable.committees.CommitteeService;
import roundtable.committees.UnknownBodyException;
import roundtable.committees.VotingComposition;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingService;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * The "find a time" feature's front door. Chairs, secretaries and administrators propose,
 * read and decide polls of their bodies; invitees answer through a signed personal link
 * without signing in.
 */
@Service
@Transactional(readOnly = true)
public class SchedulingService {

    /** What poll links are for; a token signed for another purpose (an RSVP) is refused here. */
    static final String LINK_PURPOSE = "poll-answer";
    static final String ANSWER_PATH = "/availability/";
    static final java.time.Duration LINK_OUTLIVES_DEADLINE = java.time.Duration.ofDays(30);

    private final PollRepository polls;
    private final PollInviteeRepository invitees;
    private final CommitteeService committees;
    private final CommitteeAccess access;
    private final PersonService people;
    private final MeetingService meetings;
    private final SignedLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundtableProperties properties;

    SchedulingService(PollRepository polls, PollInviteeRepository invitees, CommitteeService committees,
            CommitteeAccess access, PersonService people, MeetingService meetings, SignedLinks links,
            ApplicationEventPublisher events, Clock clock, RoundtableProperties properties) {
        this.polls = polls;
        this.invitees = invitees;
        this.committees = committees;
        this.access = access;
        this.people = people;
        this.meetings = meetings;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** The body's current members, to be invited (all of them unless the chair unticks someone). */
    @PreAuthorize("@committeeAccess.canRecord(#bodyId)")
    public List<InvitableMember> invitableMembers(long bodyId) {
        VotingComposition composition = committees.votingComposition(bodyId);
        Map<Long, String> constituency = new LinkedHashMap<>();
        composition.seats().forEach(s -> constituency.putIfAbsent(s.personId(), s.constituency()));
        Map<Long, PersonSummary> contacts = people.contacts(constituency.keySet());
        return constituency.keySet().stream().map(contacts::get).filter(Objects::nonNull).filter(p -> !p.anonymised())
                .sorted(java.util.Comparator.comparing(PersonSummary::fullName))
                .map(p -> new InvitableMember(p.id(), p.fullName(), constituency.get(p.id())))
                .toList();
    }

    /**
     * Sends a poll: checks every rule first, so a refused proposal saves nothing, then invites
     * the chosen members and the extra addresses; each gets a personal link by email.
     */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(#bodyId)")
    public long proposeTimes(long bodyId, PollProposal proposal) {
        BodySummary body = committees.find(bodyId).orElseThrow(() -> new UnknownBodyException(bodyId));
        ZoneId zone = zoneOf(body);
        Instant deadline = check(proposal, zone);
        List<String> extra = normalisedEmails(proposal.extraEmails());

        Poll poll = new Poll(bodyId, proposal, zone, deadline, CurrentUser.personId().orElse(null), clock.instant());
        Set<Long> invitedPeople = new HashSet<>();
        Set<String> invitedEmails = new HashSet<>();
        Set<Long> memberIds = new LinkedHashSet<>();
        committees.votingComposition(bodyId).seats().forEach(s -> memberIds.add(s.personId()));
        memberIds.retainAll(proposal.invitedMemberIds());
        people.contacts(memberIds).values().stream().filter(p -> !p.anonymised())
                .sorted(java.util.Comparator.comparing(PersonSummary::id))
                .forEach(p -> {
                    poll.invite(p.id(), p.fullName(), p.email(), p.language());
                    invitedPeople.add(p.id());
                    invitedEmails.add(p.email().toLowerCase(Locale.ROOT));
                });
        for (String email : extra) {
            if (!invitedEmails.add(email)) {
                continue;
            }
            var known = people.recipient(email);
            if (known.isPresent() && invitedPeople.add(known.get().personId())) {
                poll.invite(known.get().personId(), known.get().fullName(), known.get().email(), known.get().language());
            } else if (known.isEmpty()) {
                // A guest is named by their address, cut to the name column's width.
                poll.invite(null, email.length() <= PollLimits.NAME ? email : email.substring(0, PollLimits.NAME), email,
                        Language.fallback());
            }
        }
        if (poll.getInvitees().isEmpty()) {
            throw new RuleViolationException("invitees", "poll.error.no-invitees");
        }
        Poll saved = polls.saveAndFlush(poll);
        saved.getInvitees().forEach(i -> events.publishEvent(request(saved, i, body, false)));
        return saved.getId();
    }

    /** What an invitee's email says: the times, the deadline and their personal link. */
    AvailabilityRequested request(Poll poll, PollInvitee invitee, BodySummary body, boolean reminder) {
        List<LocalDateTime> times = poll.getCandidates().stream().map(PollCandidate::getStartsAtLocal).toList();
        return new AvailabilityRequested(poll.getId(), invitee.getId(), invitee.getName(), invitee.getEmail(),
                invitee.getLanguage(), linkFor(invitee), body.name(), poll.getTitle(), poll.getZone().getId(),
                poll.getDeadline(), poll.getDurationMinutes(), times, reminder);
    }

    @PreAuthorize("@committeeAccess.canRecord(#bodyId)")
    public List<PollSummary> polls(long bodyId) {
        return polls.findByBodyIdOrderByIdDesc(bodyId).stream().map(PollSummary::of).toList();
    }

    /** Who answered and the candidates ranked, with the reasons for each place. */
    public PollResults results(long pollId) {
        Poll poll = managed(pollId);
        BodySummary body = committees.find(poll.getBodyId()).orElseThrow();
        List<PollResults.InviteeStatus> statuses = poll.getInvitees().stream()
                .map(i -> new PollResults.InviteeStatus(i.getName(), i.getPersonId() == null, i.getAnsweredAt()))
                .toList();
        return new PollResults(PollSummary.of(poll), body.name(), poll.takesAnswers(clock.instant()), statuses,
                rank(poll, body), poll.getChosenCandidateId());
    }

    public List<RankedCandidate> ranking(long pollId) {
        return results(pollId).ranking();
    }

    /**
     * The chair chooses a time: the meeting is scheduled (public unless the poll said closed,
     * in the body's zone, with the format and place given when proposing), and everyone
     * invited is told.
     */
    @Transactional
    public long decide(long pollId, long candidateId, long expectedVersion) {
        Poll poll = managed(pollId);
        if (poll.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Poll " + pollId + " changed since it was read");
        }
        if (poll.getStatus() != PollStatus.OPEN) {
            throw new RuleViolationException("poll", "poll.error.not-open");
        }
        PollCandidate chosen = poll.candidate(candidateId)
                .orElseThrow(() -> new RuleViolationException("candidate", "poll.error.unknown-candidate"));
        if (!startsInFuture(chosen.getStartsAtLocal(), poll.getZone())) {
            throw new RuleViolationException("candidate", "poll.error.candidate-past-now");
        }
        BodySummary body = committees.find(poll.getBodyId()).orElseThrow();
        long meetingId = meetings.scheduleMeeting(meetingAt(poll, chosen, body));
        poll.decide(chosen.getId(), meetingId);
        polls.flush();
        String meetingLink = properties.link("/meetings/" + meetingId);
        for (PollInvitee i : poll.getInvitees()) {
            events.publishEvent(new PollDecided(pollId, meetingId, i.getId(), i.getName(), i.getEmail(), i.getLanguage(),
                    body.name(), poll.getTitle(), chosen.getStartsAtLocal(), poll.getZone().getId(),
                    poll.getDurationMinutes(), poll.getFormat() == null ? MeetingFormat.IN_PERSON : poll.getFormat(),
                    poll.getLocation(), meetingLink));
        }
        return meetingId;
    }

    /** Ends a poll without a meeting; its links then only say so. */
    @Transactional
    public void closePoll(long pollId, long expectedVersion) {
        Poll poll = managed(pollId);
        if (poll.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Poll " + pollId + " changed since it was read");
        }
        if (poll.getStatus() != PollStatus.OPEN) {
            throw new RuleViolationException("poll", "poll.error.not-open");
        }
        poll.close();
    }

    /** What an invitee sees through their link; no sign-in. */
    public Invitation invitation(String token) {
        return invitationOf(resolve(token));
    }

    /**
     * Saves (or replaces) an invitee's answers until the deadline. Every time needs an answer;
     * an interpretation language must be one the district offers.
     */
    @Transactional
    public Invitation answer(String token, Map<Long, Availability> answers, Needs needs) {
        PollInvitee invitee = resolve(token);
        Poll poll = invitee.getPoll();
        if (!poll.takesAnswers(clock.instant())) {
            throw new RuleViolationException("answers", "availability.error.closed");
        }
        Set<Long> ids = new HashSet<>();
        poll.getCandidates().forEach(c -> ids.add(c.getId()));
        if (answers == null || !answers.keySet().equals(ids) || answers.values().stream().anyMatch(Objects::isNull)) {
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
    @org.springframework.modulith.events.ApplicationModuleListener
    void personAnonymised(roundtable.people.PersonAnonymised event) {
        invitees.findByPersonId(event.personId()).forEach(PollInvitee::anonymise);
    }

    /**
     * The personal link of an invitee. Answers stop at the deadline (the poll says so itself); the
     * link lives a while longer so that opening it after the chair has chosen tells the time chosen.
     */
    String linkFor(PollInvitee invitee) {
        return properties.link(ANSWER_PATH + links.sign(LINK_PURPOSE, invitee.getId(), invitee.getNonce(),
                invitee.getPoll().getDeadline().plus(LINK_OUTLIVES_DEADLINE)));
    }

    private PollInvitee resolve(String token) {
        return links.resolve(LINK_PURPOSE, token, invitees::findWithPoll, PollInvitee::getNonce,
                outcome -> new PollLinkException(outcome == SignedLinks.Outcome.EXPIRED
                        ? PollLinkException.Problem.EXPIRED : PollLinkException.Problem.INVALID));
    }

    private Invitation invitationOf(PollInvitee invitee) {
        Poll poll = invitee.getPoll();
        String body = committees.find(poll.getBodyId()).map(BodySummary::name).orElse("");
        return new Invitation(invitee.getId(), invitee.getName(), invitee.getLanguage(), body, poll.getTitle(),
                poll.getZone(), poll.getDurationMinutes(), poll.getDeadline(), poll.getStatus(),
                poll.takesAnswers(clock.instant()),
                poll.getCandidates().stream().map(c -> new Invitation.Time(c.getId(), c.getStartsAtLocal())).toList(),
                Map.copyOf(invitee.getAnswers()), invitee.getNeeds(), invitee.getAnsweredAt(),
                LanguageNames.OFFERED, poll.chosenStart().orElse(null), poll.getMeetingId());
    }

    private List<RankedCandidate> rank(Poll poll, BodySummary body) {
        VotingComposition composition = committees.votingComposition(poll.getBodyId());
        List<CandidateRanking.Candidate> candidates = poll.getCandidates().stream()
                .map(c -> new CandidateRanking.Candidate(c.getId(), c.getStartsAtLocal())).toList();
        List<CandidateRanking.Response> responses = poll.getInvitees().stream()
                .map(i -> new CandidateRanking.Response(i.getPersonId(), i.getAnswers(), i.getNeeds())).toList();
        return CandidateRanking.rank(candidates, responses, composition, body.timeRules(), poll.getDurationMinutes());
    }

    /** Meetings a time would clash with (the body's own, or the same room), for the chair to weigh before choosing. */
    public List<roundtable.meetings.MeetingConflict> clashesOf(long pollId, long candidateId) {
        Poll poll = managed(pollId);
        PollCandidate candidate = poll.candidate(candidateId)
                .orElseThrow(() -> new RuleViolationException("candidate", "poll.error.unknown-candidate"));
        return meetings.conflicts(meetingAt(poll, candidate, committees.find(poll.getBodyId()).orElseThrow()), null);
    }

    private static MeetingData meetingAt(Poll poll, PollCandidate chosen, BodySummary body) {
        MeetingFormat format = poll.getFormat() == null ? MeetingFormat.IN_PERSON : poll.getFormat();
        return new MeetingData(poll.getBodyId(), poll.getTitle(), chosen.getStartsAtLocal(), poll.getZone(),
                poll.getDurationMinutes(), format, poll.getLocation(), poll.getOnlineUrl(), poll.isPublicMeeting(),
                body.languagesOffered(), null);
    }

    private Poll managed(long pollId) {
        Poll poll = polls.findById(pollId).orElseThrow(() -> new UnknownPollException(pollId));
        if (!access.canRecord(poll.getBodyId())) {
            throw new AccessDeniedException("Not a chair or secretary of this body");
        }
        return poll;
    }

    /** The zone a body's candidate times are written in. */
    public ZoneId zoneOf(long bodyId) {
        return zoneOf(committees.find(bodyId).orElseThrow(() -> new UnknownBodyException(bodyId)));
    }

    /** Bodies have no zone of their own yet: every body meets in the district's zone. */
    private ZoneId zoneOf(BodySummary body) {
        return properties.defaultTimeZone();
    }

    private boolean startsInFuture(LocalDateTime start, ZoneId zone) {
        return ZonedDateTime.ofLocal(start, zone, null).toInstant().isAfter(clock.instant());
    }

    private Instant check(PollProposal p, ZoneId zone) {
        if (p.title() == null || p.title().isBlank() || p.title().strip().length() > PollLimits.TITLE) {
            throw new RuleViolationException("title", "poll.error.title", PollLimits.TITLE);
        }
        // The meeting made from the poll gets these words: refused now, not when the time is chosen.
        PlainText.require("title", p.title());
        PlainText.require("location", p.location());
        PlainText.require("onlineUrl", p.onlineUrl());
        if (p.durationMinutes() < PollLimits.MIN_DURATION_MINUTES || p.durationMinutes() > PollLimits.MAX_DURATION_MINUTES) {
            throw new RuleViolationException("duration", "poll.error.duration", PollLimits.MIN_DURATION_MINUTES,
                    PollLimits.MAX_DURATION_MINUTES);
        }
        if (p.location() != null && p.location().strip().length() > PollLimits.LOCATION) {
            throw new RuleViolationException("location", "poll.error.location", PollLimits.LOCATION);
        }
        if (p.onlineUrl() != null && p.onlineUrl().strip().length() > roundtable.meetings.MeetingLimits.URL) {
            throw new RuleViolationException("onlineUrl", "validation.too-long", roundtable.meetings.MeetingLimits.URL);
        }
        // The meeting made from the poll must be one people can reach: checked now, not when the time is chosen.
        MeetingData.requirePlace(p.format() == null ? MeetingFormat.IN_PERSON : p.format(), p.location(), p.onlineUrl(),
                null);
        List<LocalDateTime> times = p.candidates();
        if (times.size() < PollLimits.MIN_CANDIDATES) {
            throw new RuleViolationException("candidates", "poll.error.too-few", PollLimits.MIN_CANDIDATES);
        }
        if (times.size() > PollLimits.MAX_CANDIDATES) {
            throw new RuleViolationException("candidates", "poll.error.too-many", PollLimits.MAX_CANDIDATES);
        }
        Set<LocalDateTime> seen = new HashSet<>();
        for (int i = 0; i < times.size(); i++) {
            LocalDateTime start = times.get(i);
            if (start == null) {
                throw new RuleViolationException("candidate." + i, "poll.error.candidate-missing");
            }
            if (!seen.add(start)) {
                throw new RuleViolationException("candidate." + i, "poll.error.candidate-duplicate");
            }
            if (!startsInFuture(start, zone)) {
                throw new RuleViolationException("candidate." + i, "poll.error.candidate-past");
            }
            MeetingData.requireWithinReach("candidate." + i, start, java.time.LocalDate.now(clock.withZone(zone)));
        }
        if (p.deadline() == null) {
            throw new RuleViolationException("deadline", "poll.error.deadline-missing");
        }
        Instant deadline = ZonedDateTime.ofLocal(p.deadline(), zone, null).toInstant();
        if (!deadline.isAfter(clock.instant())) {
            throw new RuleViolationException("deadline", "poll.error.deadline-past");
        }
        LocalDateTime first = times.stream().min(LocalDateTime::compareTo).orElseThrow();
        if (deadline.isAfter(ZonedDateTime.ofLocal(first, zone, null).toInstant())) {
            throw new RuleViolationException("deadline", "poll.error.deadline-after-first");
        }
        if (p.extraEmails().size() > PollLimits.MAX_EXTRA_EMAILS) {
            throw new RuleViolationException("extraEmails", "poll.error.too-many-emails", PollLimits.MAX_EXTRA_EMAILS);
        }
        for (String email : p.extraEmails()) {
            String e = email == null ? "" : email.strip();
            if (!e.isEmpty() && !roundtable.base.EmailAddresses.wellFormed(e)) {
                throw new RuleViolationException("extraEmails", "poll.error.bad-email", e);
            }
        }
        return deadline;
    }

    private static List<String> normalisedEmails(List<String> emails) {
        List<String> result = new ArrayList<>();
        for (String email : emails) {
            if (email != null && !email.isBlank()) {
                result.add(email.strip().toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }
}
