package roundtable.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.EmailAddresses;
import roundtable.base.PlainText;
import roundtable.base.RoundtableProperties;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.base.security.CurrentUser;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.committees.UnknownBodyException;
import roundtable.committees.VotingComposition;
import roundtable.meetings.MeetingData;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * The "find a time" feature's front door: a body's chair, vice-chair and secretary (and
 * administrators) propose times to its members and others, and list the body's polls. Invitees
 * answer through {@link PollAnswers}; the chair reads the ranking and decides through {@link PollDecisions}.
 */
@Service
@Transactional(readOnly = true)
public class SchedulingService {

    private final PollRepository polls;
    private final CommitteeService committees;
    private final PersonService people;
    private final PollLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundtableProperties properties;

    SchedulingService(
            PollRepository polls,
            CommitteeService committees,
            PersonService people,
            PollLinks links,
            ApplicationEventPublisher events,
            Clock clock,
            RoundtableProperties properties) {
        this.polls = polls;
        this.committees = committees;
        this.people = people;
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
        return constituency.keySet().stream()
                .map(contacts::get)
                .filter(Objects::nonNull)
                .filter(p -> !p.anonymised())
                .sorted(Comparator.comparing(PersonSummary::fullName))
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

        Poll poll = new Poll(
                bodyId, proposal, zone, deadline, CurrentUser.personId().orElse(null), clock.instant());
        Set<Long> invitedPeople = new HashSet<>();
        Set<String> invitedEmails = new HashSet<>();
        Set<Long> memberIds = new LinkedHashSet<>();
        committees.votingComposition(bodyId).seats().forEach(s -> memberIds.add(s.personId()));
        memberIds.retainAll(proposal.invitedMemberIds());
        people.contacts(memberIds).values().stream()
                .filter(p -> !p.anonymised())
                .sorted(Comparator.comparing(PersonSummary::id))
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
                poll.invite(
                        known.get().personId(),
                        known.get().fullName(),
                        known.get().email(),
                        known.get().language());
            } else if (known.isEmpty()) {
                // A guest is named by their address, cut to the name column's width.
                poll.invite(
                        null,
                        email.length() <= PollLimits.NAME ? email : email.substring(0, PollLimits.NAME),
                        email,
                        Language.fallback());
            }
        }
        if (poll.getInvitees().isEmpty()) {
            throw new RuleViolationException("invitees", "poll.error.no-invitees");
        }
        Poll saved = polls.saveAndFlush(poll);
        saved.getInvitees().forEach(i -> events.publishEvent(links.request(saved, i, body, false)));
        return saved.getId();
    }

    @PreAuthorize("@committeeAccess.canRecord(#bodyId)")
    public List<PollSummary> polls(long bodyId) {
        return polls.findByBodyIdOrderByIdDesc(bodyId).stream()
                .map(PollSummary::of)
                .toList();
    }

    /** The zone a body's candidate times are written in. */
    @PreAuthorize("@committeeAccess.canRecord(#bodyId)")
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
        // The meeting made from the poll gets these words and this place: refused now, not when the time is chosen.
        PlainText.require("title", p.title());
        if (p.durationMinutes() < PollLimits.MIN_DURATION_MINUTES
                || p.durationMinutes() > PollLimits.MAX_DURATION_MINUTES) {
            throw new RuleViolationException(
                    "duration",
                    "poll.error.duration",
                    PollLimits.MIN_DURATION_MINUTES,
                    PollLimits.MAX_DURATION_MINUTES);
        }
        if (p.place() == null) {
            throw new RuleViolationException("format", "validation.required");
        }
        p.place().check();
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
            MeetingData.requireWithinReach("candidate." + i, start, LocalDate.now(clock.withZone(zone)));
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
            if (!e.isEmpty() && !EmailAddresses.wellFormed(e)) {
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
