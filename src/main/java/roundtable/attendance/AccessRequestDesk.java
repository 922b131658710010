package roundtable.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import roundtable.attendance.AttendanceService.Recipient;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;
import roundtable.languageservices.InterpreterRoster;
import roundtable.languageservices.InterpreterSummary;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * The language services coordinator's desk: every request for an upcoming meeting, grouped by
 * meeting and by what was asked, most urgent meeting first. The coordinator assigns someone from
 * the roster, confirms, or says it cannot be arranged and why; the requester hears each step in
 * their language and the interpreter hears when booked or released. Counts are free to read;
 * who asked and what they wrote is read one group at a time, and each reading is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
public class AccessRequestDesk {

    static final int REASON_MAX = 500;

    private final AccessRequestRepository requests;
    private final MeetingService meetings;
    private final AttendanceService attendance;
    private final PersonService people;
    private final InterpreterRoster roster;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessRequestDesk(AccessRequestRepository requests, MeetingService meetings, AttendanceService attendance,
            PersonService people, InterpreterRoster roster, AuditService audit, ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.meetings = meetings;
        this.attendance = attendance;
        this.people = people;
        this.roster = roster;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A page of upcoming meetings with requests, soonest first; with {@code settledToo}, those all arranged as well. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<MeetingRequests> queue(boolean settledToo, int offset, int limit) {
        List<MeetingSummary> upcoming = upcoming(settledToo);
        List<MeetingSummary> page = upcoming.subList(Math.min(offset, upcoming.size()),
                Math.min(offset + Math.max(limit, 0), upcoming.size()));
        Map<Long, List<AccessRequest>> byMeeting = requests.followedIn(page.stream().map(MeetingSummary::id).toList())
                .stream().collect(Collectors.groupingBy(AccessRequest::getMeetingId));
        Map<Long, String> interpreterNames = interpreterNames(byMeeting.values().stream().flatMap(List::stream).toList());
        List<MeetingRequests> result = new ArrayList<>();
        for (MeetingSummary meeting : page) {
            List<RequestGroup> groups = groups(byMeeting.getOrDefault(meeting.id(), List.of()), interpreterNames);
            LocalDate arrangeBy = attendance.arrangeBy(meeting.startsAtLocal().toLocalDate());
            boolean overdue = LocalDate.now(clock.withZone(meeting.zone())).isAfter(arrangeBy)
                    && groups.stream().anyMatch(RequestGroup::needsAction);
            result.add(new MeetingRequests(attendance.facts(meeting), meeting.publicMeeting(), arrangeBy, overdue,
                    groups));
        }
        return result;
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public long countQueue(boolean settledToo) {
        return upcoming(settledToo).size();
    }

    /**
     * Who asked, and what they wrote, in one group of a meeting (or all of its groups, with a null
     * key). Private details: every reading is written to the audit trail.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<RequestLine> requestsIn(long meetingId, String groupKey) {
        MeetingSummary meeting = meeting(meetingId);
        List<AccessRequest> found = requests.followedIn(List.of(meetingId)).stream()
                .filter(r -> groupKey == null || groupKey(r).equals(groupKey)).toList();
        Map<Long, PersonSummary> members = people.contacts(found.stream().map(AccessRequest::getRsvp)
                .filter(v -> !v.guest()).map(Rsvp::getPersonId).collect(Collectors.toSet()));
        Map<Long, String> names = interpreterNames(found);
        List<RequestLine> lines = new ArrayList<>();
        for (AccessRequest r : found) {
            Recipient who = AttendanceService.recipientOf(r.getRsvp(), members);
            lines.add(new RequestLine(r.getId(), r.getVersion(), who == null ? null : who.name(),
                    who == null ? null : who.email(), r.getRsvp().guest(), r.getRsvp().getResponse(),
                    r.getRsvp().getState() == RsvpState.WAITLISTED, r.getKind(),
                    r.getLanguageTag(), r.getInterpretationMode(), r.getAccommodationType(), r.getDetails(),
                    r.getChildrenCount(), r.getChildrenAges(), r.getStatus(), r.isLate(), r.getRequestedAt(),
                    names.get(r.getInterpreterId()), r.getUnableReason()));
        }
        audit.record(new AuditEntry("access-request.details-viewed", "meeting", meetingId, meeting.bodyId(),
                "Viewed " + lines.size() + " access request(s)" + (groupKey == null ? "" : " (" + groupKey + ")")
                        + " for " + meeting.title() + " on " + meeting.startsAtLocal().toLocalDate(),
                null, null));
        return lines;
    }

    /**
     * Whom requests can go to: active roster members for that language who work in every mode
     * asked for (written translation for a translation).
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<InterpreterSummary> candidatesFor(RequestKind kind, String languageTag, Set<InterpretationMode> modes) {
        Set<roundtable.languageservices.InterpretationMode> needed = kind == RequestKind.TRANSLATION
                ? Set.of(roundtable.languageservices.InterpretationMode.WRITTEN_TRANSLATION)
                : modes.stream().map(AccessRequestDesk::rosterMode).collect(Collectors.toSet());
        return roster.availableFor(languageTag, null).stream()
                .filter(i -> i.modes().containsAll(needed) && !i.modes().isEmpty())
                .filter(i -> kind == RequestKind.TRANSLATION || i.modes().stream()
                        .anyMatch(m -> m != roundtable.languageservices.InterpretationMode.WRITTEN_TRANSLATION))
                .toList();
    }

    /**
     * Gives the requests to someone on the roster who works in their language and mode; whoever had
     * them before and has nothing left at that meeting is told they are no longer needed.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public InterpreterSummary assign(Collection<RequestRef> refs, long interpreterId) {
        List<AccessRequest> found = current(refs);
        InterpreterSummary interpreter = roster.interpreter(interpreterId);
        for (AccessRequest r : found) {
            if (!r.needsInterpreter()) {
                throw new RuleViolationException("interpreter", "desk.error.not-assignable");
            }
            requireSuited(interpreter, r, "interpreter");
        }
        Map<Long, Set<Long>> before = interpretersByMeeting(found);
        Instant now = clock.instant();
        List<AccessRequest> changed = found.stream().filter(r -> r.getStatus() != RequestStatus.ASSIGNED
                || !Objects.equals(r.getInterpreterId(), interpreterId)).toList();
        changed.forEach(r -> r.assign(interpreterId, now));
        requests.flush();
        Map<Long, MeetingSummary> byId = meetingsOf(changed);
        tellRequesters(changed, byId, "assigned to " + interpreter.name());
        for (MeetingSummary meeting : byId.values()) {
            if (changed.stream().anyMatch(r -> r.getMeetingId() == meeting.id())) {
                // Everything they hold there now, not only what this step added.
                tellInterpreter(meeting, interpreterId, InterpreterNotice.Kind.BOOKED,
                        requests.bookedAt(meeting.id()).getOrDefault(interpreterId, List.of()));
            }
        }
        releaseUnneeded(before, byId);
        return interpreter;
    }

    private static void requireSuited(InterpreterSummary interpreter, AccessRequest r, String field) {
        if (!interpreter.active()) {
            throw new RuleViolationException(field, "desk.error.interpreter-inactive", interpreter.name());
        }
        if (!interpreter.languages().contains(r.getLanguageTag()) || !interpreter.modes().contains(modeNeeded(r))) {
            throw new RuleViolationException(field, "desk.error.interpreter-unsuited", interpreter.name());
        }
    }

    /** Arranged: the requester is told. Interpretation and translation need someone assigned first. */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public void confirm(Collection<RequestRef> refs) {
        List<AccessRequest> found = current(refs);
        Map<Long, InterpreterSummary> assigned = roster.interpreters(interpretersOf(found));
        for (AccessRequest r : found) {
            if (r.needsInterpreter() && r.getInterpreterId() == null) {
                throw new RuleViolationException("status", "desk.error.assign-first");
            }
            if (r.needsInterpreter()) {
                // Deactivated meanwhile, or the request changed since: confirming would promise the wrong person.
                requireSuited(assigned.get(r.getInterpreterId()), r, "status");
            }
        }
        Instant now = clock.instant();
        List<AccessRequest> changed = found.stream().filter(r -> r.getStatus() != RequestStatus.CONFIRMED).toList();
        changed.forEach(r -> r.confirm(now));
        requests.flush();
        tellRequesters(changed, meetingsOf(changed), "confirmed");
    }

    /** Cannot be arranged: the requester is told why, and an interpreter who had it is released. */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public void markUnable(Collection<RequestRef> refs, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolationException("reason", "desk.error.reason-required");
        }
        if (why.length() > REASON_MAX) {
            throw new RuleViolationException("reason", "validation.too-long", REASON_MAX);
        }
        List<AccessRequest> found = current(refs);
        Map<Long, Set<Long>> before = interpretersByMeeting(found);
        Instant now = clock.instant();
        found.forEach(r -> r.unable(why, now));
        requests.flush();
        Map<Long, MeetingSummary> byId = meetingsOf(found);
        // The reason may say something about the person: it stays out of the audit trail.
        tellRequesters(found, byId, "could not be arranged");
        releaseUnneeded(before, byId);
    }

    /**
     * What a vendor needs to staff the coming meetings: per meeting, language and mode, how many
     * people and who is assigned. Nobody's name or details; the export itself is audited.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<VendorRow> vendorRows(boolean settledToo) {
        List<MeetingSummary> upcoming = upcoming(settledToo);
        Map<Long, List<AccessRequest>> byMeeting = requests.followedIn(upcoming.stream().map(MeetingSummary::id).toList())
                .stream().filter(AccessRequest::needsInterpreter)
                .filter(r -> r.getStatus() != RequestStatus.UNABLE)
                .collect(Collectors.groupingBy(AccessRequest::getMeetingId));
        Map<Long, String> names = interpreterNames(byMeeting.values().stream().flatMap(List::stream).toList());
        List<VendorRow> rows = new ArrayList<>();
        for (MeetingSummary meeting : upcoming) {
            Map<String, List<AccessRequest>> lines = byMeeting.getOrDefault(meeting.id(), List.of()).stream()
                    .collect(Collectors.groupingBy(r -> r.getKind() + "|" + r.getLanguageTag() + "|"
                            + r.getInterpretationMode(), LinkedHashMap::new, Collectors.toList()));
            for (List<AccessRequest> same : lines.values()) {
                AccessRequest first = same.get(0);
                // A closed meeting's way in goes to a vendor only once they are booked for it, by email.
                boolean open = meeting.publicMeeting();
                rows.add(new VendorRow(attendance.facts(meeting), open ? meeting.onlineUrl() : null,
                        open ? meeting.dialIn() : null,
                        first.getKind(), first.getLanguageTag(), first.getInterpretationMode(), same.size(),
                        same.stream().filter(r -> r.getStatus() == RequestStatus.CONFIRMED).count(),
                        same.stream().map(r -> names.get(r.getInterpreterId())).filter(Objects::nonNull).distinct()
                                .toList()));
            }
        }
        audit.record(new AuditEntry("access-request.exported", "access_request", null, null,
                "Exported " + rows.size() + " interpretation and translation line(s) for a vendor", null, null));
        return rows;
    }

    private List<MeetingSummary> upcoming(boolean settledToo) {
        Instant now = clock.instant();
        return meetings.forLanguageServices(requests.meetingsWithRequests(now, settledToo)).values().stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED && m.endsAt().toInstant().isAfter(now))
                .sorted(Comparator.comparing((MeetingSummary m) -> m.startsAt().toInstant()).thenComparing(MeetingSummary::id))
                .toList();
    }

    private static List<RequestGroup> groups(List<AccessRequest> all, Map<Long, String> interpreterNames) {
        Map<String, List<AccessRequest>> byKey = all.stream()
                .collect(Collectors.groupingBy(AccessRequestDesk::groupKey, LinkedHashMap::new, Collectors.toList()));
        List<RequestGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<AccessRequest>> e : byKey.entrySet()) {
            List<AccessRequest> same = e.getValue();
            AccessRequest first = same.get(0);
            Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
            Map<InterpretationMode, Long> byMode = new EnumMap<>(InterpretationMode.class);
            long children = 0;
            for (AccessRequest r : same) {
                byStatus.merge(r.getStatus(), 1L, Long::sum);
                if (r.getInterpretationMode() != null) {
                    byMode.merge(r.getInterpretationMode(), 1L, Long::sum);
                }
                children += r.getChildrenCount() == null ? 0 : r.getChildrenCount();
            }
            groups.add(new RequestGroup(e.getKey(), first.getKind(), first.getLanguageTag(),
                    first.getAccommodationType(),
                    same.stream().map(r -> new RequestRef(r.getId(), r.getVersion(), r.getStatus(),
                            r.getInterpreterId() != null)).toList(),
                    byStatus, byMode, children, first.getRequestedAt(), same.stream().filter(AccessRequest::isLate).count(),
                    same.stream().anyMatch(AccessRequestDesk::needsAction),
                    same.stream().map(r -> interpreterNames.get(r.getInterpreterId())).filter(Objects::nonNull)
                            .distinct().toList()));
        }
        // Groups still waiting for the coordinator come first, the longest-waiting first among them.
        groups.sort(Comparator.comparing((RequestGroup g) -> !g.needsAction())
                .thenComparing(RequestGroup::oldestRequestedAt));
        return groups;
    }

    private static boolean needsAction(AccessRequest r) {
        return r.getStatus() == RequestStatus.OPEN || r.getStatus() == RequestStatus.ASSIGNED;
    }

    static String groupKey(AccessRequest r) {
        return r.getKind() + (r.getLanguageTag() != null ? ":" + r.getLanguageTag()
                : r.getAccommodationType() != null ? ":" + r.getAccommodationType() : "");
    }

    private static roundtable.languageservices.InterpretationMode modeNeeded(AccessRequest r) {
        if (r.getKind() == RequestKind.TRANSLATION) {
            return roundtable.languageservices.InterpretationMode.WRITTEN_TRANSLATION;
        }
        return rosterMode(r.getInterpretationMode() == null ? InterpretationMode.IN_PERSON : r.getInterpretationMode());
    }

    private static roundtable.languageservices.InterpretationMode rosterMode(InterpretationMode mode) {
        return roundtable.languageservices.InterpretationMode.valueOf(mode.name());
    }

    /** The requests as the coordinator saw them, or a conflict if someone changed one meanwhile. */
    private List<AccessRequest> current(Collection<RequestRef> refs) {
        if (refs == null || refs.isEmpty()) {
            throw new RuleViolationException("requests", "desk.error.nothing-chosen");
        }
        Map<Long, Long> versions = refs.stream().collect(Collectors.toMap(RequestRef::id, RequestRef::version,
                (a, b) -> a));
        List<AccessRequest> found = requests.withRsvps(versions.keySet());
        if (found.size() != versions.size()) {
            throw new OptimisticLockingFailureException("A request is gone since it was read");
        }
        for (AccessRequest r : found) {
            if (r.getVersion() != versions.get(r.getId())) {
                throw new OptimisticLockingFailureException("Request " + r.getId() + " changed since it was read");
            }
            if (r.getStatus() == RequestStatus.CLOSED) {
                throw new RuleViolationException("status", "desk.error.closed");
            }
        }
        Instant now = clock.instant();
        for (MeetingSummary meeting : meetingsOf(found).values()) {
            if (meeting.status() != MeetingStatus.SCHEDULED || !meeting.endsAt().toInstant().isAfter(now)) {
                throw new RuleViolationException("status", "desk.error.meeting-over");
            }
        }
        return found;
    }

    private Map<Long, MeetingSummary> meetingsOf(List<AccessRequest> found) {
        return meetings.forLanguageServices(found.stream().map(AccessRequest::getMeetingId).collect(Collectors.toSet()));
    }

    private MeetingSummary meeting(long meetingId) {
        MeetingSummary meeting = meetings.forLanguageServices(List.of(meetingId)).get(meetingId);
        if (meeting == null) {
            throw new AccessDeniedException("No such meeting");
        }
        return meeting;
    }

    private Map<Long, String> interpreterNames(List<AccessRequest> found) {
        Set<Long> ids = interpretersOf(found);
        // A HashMap: requests without an interpreter look up a null key.
        return ids.isEmpty() ? new java.util.HashMap<>() : roster.interpreters(ids).values().stream()
                .collect(Collectors.toMap(InterpreterSummary::id, InterpreterSummary::name, (a, b) -> a,
                        java.util.HashMap::new));
    }

    private static Set<Long> interpretersOf(List<AccessRequest> found) {
        return found.stream().map(AccessRequest::getInterpreterId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Everyone whose request changed hears it in their language; the audit trail keeps the step. */
    private void tellRequesters(List<AccessRequest> changed, Map<Long, MeetingSummary> byId, String what) {
        Map<Long, PersonSummary> members = people.contacts(changed.stream().map(AccessRequest::getRsvp)
                .filter(v -> !v.guest()).map(Rsvp::getPersonId).collect(Collectors.toSet()));
        Map<Long, MeetingFacts> facts = byId.values().stream()
                .collect(Collectors.toMap(MeetingSummary::id, attendance::facts));
        for (AccessRequest r : changed) {
            MeetingSummary meeting = byId.get(r.getMeetingId());
            audit.record(new AuditEntry("access-request." + r.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                    "access_request", r.getId(), meeting.bodyId(), groupKey(r) + " for " + meeting.title() + " on "
                            + meeting.startsAtLocal().toLocalDate() + ": " + what, null, r.getStatus().name()));
            Recipient who = AttendanceService.recipientOf(r.getRsvp(), members);
            if (who != null) {
                events.publishEvent(new RequestStatusChanged(r.getId(), r.getVersion(), who.name(), who.email(),
                        who.language(), facts.get(r.getMeetingId()), r.getKind(), r.getLanguageTag(),
                        r.getInterpretationMode(), r.getAccommodationType(), r.getStatus(), r.getUnableReason()));
            }
        }
    }

    private static Map<Long, Set<Long>> interpretersByMeeting(List<AccessRequest> found) {
        return found.stream().filter(r -> r.getInterpreterId() != null).collect(Collectors.groupingBy(
                AccessRequest::getMeetingId, Collectors.mapping(AccessRequest::getInterpreterId, Collectors.toSet())));
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

    private void tellInterpreter(MeetingSummary meeting, long interpreterId, InterpreterNotice.Kind kind,
            List<AccessRequest> theirs) {
        InterpreterSummary interpreter = roster.interpreter(interpreterId);
        if (interpreter.email() == null) {
            return;
        }
        events.publishEvent(new InterpreterNotice(meeting.id(), interpreterId, clock.millis(), kind, interpreter.name(),
                interpreter.email(), attendance.facts(meeting), InterpreterNotice.needsOf(theirs), theirs.size(),
                meeting.onlineUrl(), meeting.dialIn(), null));
    }
}
