package roundtable.languageservices;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.RequestStatus;
import roundtable.attendance.requests.AccessRequests;
import roundtable.attendance.requests.FollowedRequest;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;
import roundtable.base.security.Coordinators;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonSummary;

/**
 * The coordinator's steps on requests: assign someone from the roster, confirm, or say it cannot be
 * arranged and why. The requester hears each step in their language and the interpreter hears
 * when booked or released; each step is in the audit trail.
 */
@Service
@Transactional(readOnly = true)
@Coordinators
public class RequestArrangements {

    static final int REASON_MAX = 500;

    private final FollowedRequests followed;
    private final AccessRequests requests;
    private final InterpreterRoster roster;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestArrangements(
            FollowedRequests followed,
            AccessRequests requests,
            InterpreterRoster roster,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.followed = followed;
        this.requests = requests;
        this.roster = roster;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Gives the requests to someone on the roster who works in their language and mode; whoever had
     * them before and has nothing left at that meeting is told they are no longer needed.
     */
    @Transactional
    public InterpreterSummary assign(Collection<RequestRef> refs, long interpreterId) {
        List<FollowedRequest> found = current(refs);
        InterpreterSummary interpreter = roster.interpreter(interpreterId);
        for (FollowedRequest r : found) {
            if (!r.needsInterpreter()) {
                throw new RuleViolationException("interpreter", "desk.error.not-assignable");
            }
            requireSuited(interpreter, r, "interpreter");
        }
        Map<Long, Set<Long>> before = interpretersByMeeting(found);
        List<Long> changing = found.stream()
                .filter(r -> r.status() != RequestStatus.ASSIGNED || !Objects.equals(r.interpreterId(), interpreterId))
                .map(FollowedRequest::id)
                .toList();
        List<FollowedRequest> changed = changing.isEmpty() ? List.of() : requests.assign(changing, interpreterId);
        Map<Long, MeetingSummary> byId = followed.meetingsOf(changed);
        tellRequesters(changed, byId, "assigned to " + interpreter.name());
        for (MeetingSummary meeting : byId.values()) {
            if (changed.stream().anyMatch(r -> r.meetingId() == meeting.id())) {
                // Everything they hold there now, not only what this step added.
                tellInterpreter(
                        meeting,
                        interpreterId,
                        InterpreterNotice.Kind.BOOKED,
                        requests.bookedAt(meeting.id()).getOrDefault(interpreterId, List.of()));
            }
        }
        releaseUnneeded(before, byId);
        return interpreter;
    }

    /** Arranged: the requester is told. Interpretation and translation need someone assigned first. */
    @Transactional
    public void confirm(Collection<RequestRef> refs) {
        List<FollowedRequest> found = current(refs);
        Map<Long, InterpreterSummary> assigned = roster.interpreters(FollowedRequests.interpretersOf(found));
        for (FollowedRequest r : found) {
            if (r.needsInterpreter() && r.interpreterId() == null) {
                throw new RuleViolationException("status", "desk.error.assign-first");
            }
            if (r.needsInterpreter()) {
                // Deactivated meanwhile, or the request changed since: confirming would promise the wrong person.
                requireSuited(assigned.get(r.interpreterId()), r, "status");
            }
        }
        List<Long> changing = found.stream()
                .filter(r -> r.status() != RequestStatus.CONFIRMED)
                .map(FollowedRequest::id)
                .toList();
        List<FollowedRequest> changed = changing.isEmpty() ? List.of() : requests.confirm(changing);
        tellRequesters(changed, followed.meetingsOf(changed), "confirmed");
    }

    /** Cannot be arranged: the requester is told why, and an interpreter who had it is released. */
    @Transactional
    public void markUnable(Collection<RequestRef> refs, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolationException("reason", "desk.error.reason-required");
        }
        if (why.length() > REASON_MAX) {
            throw new RuleViolationException("reason", "validation.too-long", REASON_MAX);
        }
        List<FollowedRequest> found = current(refs);
        Map<Long, Set<Long>> before = interpretersByMeeting(found);
        List<FollowedRequest> changed =
                requests.markUnable(found.stream().map(FollowedRequest::id).toList(), why);
        Map<Long, MeetingSummary> byId = followed.meetingsOf(changed);
        // The reason may say something about the person: it stays out of the audit trail.
        tellRequesters(changed, byId, "could not be arranged");
        releaseUnneeded(before, byId);
    }

    private static void requireSuited(InterpreterSummary interpreter, FollowedRequest r, String field) {
        if (!interpreter.active()) {
            throw new RuleViolationException(field, "desk.error.interpreter-inactive", interpreter.name());
        }
        if (!interpreter.languages().contains(r.languageTag())
                || !interpreter.modes().contains(FollowedRequests.modeNeeded(r))) {
            throw new RuleViolationException(field, "desk.error.interpreter-unsuited", interpreter.name());
        }
    }

    /** The requests as the coordinator saw them, or a conflict if someone changed one meanwhile. */
    private List<FollowedRequest> current(Collection<RequestRef> refs) {
        if (refs == null || refs.isEmpty()) {
            throw new RuleViolationException("requests", "desk.error.nothing-chosen");
        }
        Map<Long, Long> versions =
                refs.stream().collect(Collectors.toMap(RequestRef::id, RequestRef::version, (a, b) -> a));
        List<FollowedRequest> found = requests.withIds(versions.keySet());
        if (found.size() != versions.size()) {
            throw new OptimisticLockingFailureException("A request is gone since it was read");
        }
        for (FollowedRequest r : found) {
            if (r.version() != versions.get(r.id())) {
                throw new OptimisticLockingFailureException("Request " + r.id() + " changed since it was read");
            }
            if (r.status() == RequestStatus.CLOSED) {
                throw new RuleViolationException("status", "desk.error.closed");
            }
        }
        Instant now = clock.instant();
        for (MeetingSummary meeting : followed.meetingsOf(found).values()) {
            if (meeting.status() != MeetingStatus.SCHEDULED
                    || !meeting.endsAt().toInstant().isAfter(now)) {
                throw new RuleViolationException("status", "desk.error.meeting-over");
            }
        }
        return found;
    }

    /** Everyone whose request changed hears it in their language; the audit trail keeps the step. */
    private void tellRequesters(List<FollowedRequest> changed, Map<Long, MeetingSummary> byId, String what) {
        Map<Long, PersonSummary> members = followed.membersAmong(changed);
        Map<Long, MeetingFacts> facts =
                byId.values().stream().collect(Collectors.toMap(MeetingSummary::id, requests::facts));
        for (FollowedRequest r : changed) {
            MeetingSummary meeting = byId.get(r.meetingId());
            audit.record(new AuditEntry(
                    "access-request." + r.status().name().toLowerCase(Locale.ROOT),
                    "access_request",
                    r.id(),
                    meeting.bodyId(),
                    FollowedRequests.groupKey(r) + " for " + meeting.title() + " on "
                            + meeting.startsAtLocal().toLocalDate() + ": " + what,
                    null,
                    r.status().name()));
            FollowedRequests.Requester who = FollowedRequests.requester(r, members);
            if (who != null) {
                events.publishEvent(new RequestStatusChanged(
                        r.id(),
                        r.version(),
                        who.name(),
                        who.email(),
                        who.language(),
                        facts.get(r.meetingId()),
                        r.kind(),
                        r.languageTag(),
                        r.mode(),
                        r.accommodationType(),
                        r.status(),
                        r.unableReason()));
            }
        }
    }

    private static Map<Long, Set<Long>> interpretersByMeeting(List<FollowedRequest> found) {
        return found.stream()
                .filter(r -> r.interpreterId() != null)
                .collect(Collectors.groupingBy(
                        FollowedRequest::meetingId,
                        Collectors.mapping(FollowedRequest::interpreterId, Collectors.toSet())));
    }

    private void releaseUnneeded(Map<Long, Set<Long>> interpretersBefore, Map<Long, MeetingSummary> byId) {
        for (MeetingSummary meeting : byId.values()) {
            Set<Long> stillHolding = requests.bookedAt(meeting.id()).keySet();
            for (Long id : interpretersBefore.getOrDefault(meeting.id(), Set.of())) {
                if (!stillHolding.contains(id)) {
                    tellInterpreter(meeting, id, InterpreterNotice.Kind.RELEASED, List.of());
                }
            }
        }
    }

    private void tellInterpreter(
            MeetingSummary meeting, long interpreterId, InterpreterNotice.Kind kind, List<FollowedRequest> theirs) {
        InterpreterSummary interpreter = roster.interpreter(interpreterId);
        if (interpreter.email() == null) {
            return;
        }
        events.publishEvent(new InterpreterNotice(
                meeting.id(),
                interpreterId,
                clock.millis(),
                kind,
                interpreter.name(),
                interpreter.email(),
                requests.facts(meeting),
                InterpreterNotice.needsOf(theirs),
                theirs.size(),
                meeting.onlineUrl(),
                meeting.dialIn(),
                null));
    }
}
