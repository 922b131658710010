package roundtable.committees;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.PlainText;
import roundtable.base.RoundtableProperties;
import roundtable.base.RuleViolationException;
import roundtable.people.DuplicateEmailException;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * Keeping a body's roster: filling seats, ending and renewing terms, changing positions.
 * For the body's chair and administrators; every change is recorded in the audit trail.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class RosterService {

    /** The size of {@code membership.end_reason}. */
    static final int END_REASON = 300;

    /** Terms ending within this many days are pointed out, so renewals are not missed. */
    public static final int TERM_WARNING_DAYS = 60;

    /** Stands for "no end date" in queries; far enough, and within every database's date range. */
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private final BodyRepository bodies;
    private final SeatGroupRepository seatGroups;
    private final MembershipRepository memberships;
    private final PersonService people;
    private final PersonEditor personEditor;
    private final AuditService audit;
    private final Clock clock;
    private final RoundtableProperties properties;

    RosterService(
            BodyRepository bodies,
            SeatGroupRepository seatGroups,
            MembershipRepository memberships,
            PersonService people,
            PersonEditor personEditor,
            AuditService audit,
            Clock clock,
            RoundtableProperties properties) {
        this.bodies = bodies;
        this.seatGroups = seatGroups;
        this.memberships = memberships;
        this.people = people;
        this.personEditor = personEditor;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public RosterOverview overview(long bodyId) {
        Body body = bodies.findById(bodyId).orElseThrow(() -> new UnknownBodyException(bodyId));
        List<SeatGroupSummary> groups = seatGroups.withCounts(bodyId, today()).stream()
                .map(row -> {
                    SeatGroup g = (SeatGroup) row[0];
                    return new SeatGroupSummary(
                            g.getId(),
                            g.getVersion(),
                            g.getName(),
                            g.getSeatCount(),
                            (Long) row[1],
                            g.isVoting(),
                            g.getTermMonths(),
                            g.getRequiredBodyId(),
                            (String) row[2]);
                })
                .toList();
        return new RosterOverview(BodySummary.of(body), groups);
    }

    /** One page of current members, with contact details (the chair needs them to do the job). */
    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public List<RosterMember> members(long bodyId, Long seatGroupId, int offset, int limit) {
        LocalDate today = today();
        int size = Math.max(limit, 1);
        List<Object[]> rows = memberships.currentPage(bodyId, seatGroupId, today, PageRequest.of(offset / size, size));
        Map<Long, PersonSummary> contacts = people.contacts(
                rows.stream().map(r -> ((Membership) r[0]).getPersonId()).toList());
        return rows.stream()
                .map(row -> {
                    Membership m = (Membership) row[0];
                    PersonSummary p = contacts.get(m.getPersonId());
                    Integer daysLeft = null;
                    if (m.getTermEnd() != null) {
                        long days = ChronoUnit.DAYS.between(today, m.getTermEnd());
                        daysLeft = days <= TERM_WARNING_DAYS ? (int) days : null;
                    }
                    return new RosterMember(
                            m.getId(),
                            m.getVersion(),
                            m.getPersonId(),
                            p == null ? "" : p.fullName(),
                            p == null ? null : p.email(),
                            p == null ? null : p.phone(),
                            p == null ? null : p.language(),
                            p == null ? null : p.affiliation(),
                            p != null && p.publicConsent(),
                            m.getSeatGroupId(),
                            (String) row[1],
                            m.getPosition(),
                            m.getTermStart(),
                            m.getTermEnd(),
                            m.getStatus(),
                            daysLeft,
                            (String) row[2]);
                })
                .toList();
    }

    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public long countMembers(long bodyId, Long seatGroupId) {
        return memberships.countCurrent(bodyId, seatGroupId, today());
    }

    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public List<PersonOption> candidates(long bodyId, String text, int offset, int limit) {
        return people.directory(text, offset, limit).stream()
                .map(p -> new PersonOption(p.id(), p.fullName(), p.maskedEmail(), p.affiliation()))
                .toList();
    }

    /**
     * Puts someone in a seat. Refused, with the field to blame, when the term ends before it
     * starts, the seat group is full on the start day, the person already sits on the body
     * for an overlapping term, or a new person's address is taken.
     */
    @Transactional
    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public long fillSeat(long bodyId, @Valid SeatAssignment assignment) {
        SeatGroup group = seatGroups
                .findForFilling(assignment.seatGroupId())
                .filter(g -> g.getBodyId() == bodyId)
                .orElseThrow(() -> new RuleViolationException("seatGroup", "roster.error.unknown-seat"));
        LocalDate start = assignment.termStart();
        LocalDate end = assignment.termEnd() != null
                ? assignment.termEnd()
                : group.getTermMonths() == null
                        ? null
                        : start.plusMonths(group.getTermMonths()).minusDays(1);
        if (end != null && end.isBefore(start)) {
            throw new RuleViolationException("termEnd", "roster.error.term-order");
        }
        if (mostHoldersDuring(group.getId(), start, end) >= group.getSeatCount()) {
            throw new RuleViolationException(
                    "seatGroup", "roster.error.seats-full", group.getName(), group.getSeatCount());
        }
        long personId = personFor(assignment);
        boolean overlapping =
                memberships.findByBodyIdAndPersonId(bodyId, personId).stream().anyMatch(m -> m.overlaps(start, end));
        if (overlapping) {
            throw new RuleViolationException("person", "roster.error.overlap");
        }
        Membership membership = memberships.save(
                new Membership(bodyId, new Appointment(group.getId(), personId, assignment.position(), start, end)));
        audit.record(new AuditEntry(
                "roster.seat-filled",
                "membership",
                membership.getId(),
                bodyId,
                "Seat filled: " + group.getName(),
                null,
                membership.describe()));
        return membership.getId();
    }

    @Transactional
    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public void endTerm(long bodyId, long membershipId, long expectedVersion, LocalDate lastDay, String reason) {
        Membership m = load(bodyId, membershipId, expectedVersion);
        if (lastDay == null || lastDay.isBefore(m.getTermStart())) {
            throw new RuleViolationException("termEnd", "roster.error.term-order");
        }
        if (reason != null && reason.strip().length() > END_REASON) {
            // The column's size: without this check a long reason was a database error, not a message.
            throw new RuleViolationException("reason", "validation.too-long", END_REASON);
        }
        PlainText.requireLines("reason", reason);
        if (m.getPosition() == Position.CHAIR && lastDay.isBefore(today().plusDays(1)) && isLastChair(bodyId)) {
            throw new RuleViolationException("position", "roster.error.last-chair");
        }
        String before = m.describe();
        m.end(lastDay, reason);
        audit.record(new AuditEntry(
                "roster.term-ended", "membership", m.getId(), bodyId, "Term ended", before, m.describe()));
    }

    @Transactional
    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public void renewTerm(long bodyId, long membershipId, long expectedVersion, LocalDate newEnd) {
        Membership m = load(bodyId, membershipId, expectedVersion);
        if (newEnd == null || newEnd.isBefore(today()) || newEnd.isBefore(m.getTermStart())) {
            throw new RuleViolationException("termEnd", "roster.error.renew-date");
        }
        String before = m.describe();
        m.renewUntil(newEnd);
        audit.record(new AuditEntry(
                "roster.term-renewed", "membership", m.getId(), bodyId, "Term renewed", before, m.describe()));
    }

    @Transactional
    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public void changePosition(long bodyId, long membershipId, long expectedVersion, Position position) {
        Membership m = load(bodyId, membershipId, expectedVersion);
        if (m.getPosition() == Position.CHAIR && position != Position.CHAIR && isLastChair(bodyId)) {
            throw new RuleViolationException("position", "roster.error.last-chair");
        }
        String before = m.describe();
        m.moveTo(position);
        audit.record(new AuditEntry(
                "roster.position-changed", "membership", m.getId(), bodyId, "Position changed", before, m.describe()));
    }

    private long personFor(SeatAssignment assignment) {
        if (assignment.personId() != null) {
            return assignment.personId();
        }
        if (assignment.newPerson() == null) {
            throw new RuleViolationException("person", "validation.required");
        }
        try {
            return personEditor.registerForRoster(assignment.newPerson());
        } catch (DuplicateEmailException e) {
            throw new RuleViolationException("email", "validation.email-taken");
        }
    }

    private Membership load(long bodyId, long membershipId, long expectedVersion) {
        Membership m = memberships
                .findById(membershipId)
                .filter(x -> x.getBodyId() == bodyId)
                .orElseThrow(() -> new RuleViolationException("membership", "roster.error.unknown-membership"));
        if (m.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Membership " + membershipId + " changed since it was read");
        }
        return m;
    }

    /**
     * The largest number of people holding seats of a group on any day of [start, end]: a
     * term that starts later in the period counts as much as one running today.
     */
    private long mostHoldersDuring(long groupId, LocalDate start, LocalDate end) {
        List<Membership> overlapping = memberships.overlappingInGroup(groupId, start, end == null ? OPEN_END : end);
        long most = 0;
        for (Membership m : overlapping) {
            LocalDate day = m.getTermStart().isAfter(start) ? m.getTermStart() : start;
            most = Math.max(
                    most, overlapping.stream().filter(o -> o.isCurrentOn(day)).count());
        }
        return most;
    }

    private boolean isLastChair(long bodyId) {
        return memberships.countCurrentWithPosition(bodyId, Position.CHAIR, today()) <= 1;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.defaultTimeZone()));
    }
}
