package roundtable.committees;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.PlainText;
import roundtable.base.RoundtableProperties;
import roundtable.base.RuleViolationException;
import roundtable.base.html.RichText;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.security.Administrators;
import roundtable.base.security.Coordinators;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Open;
import roundtable.base.security.Role;
import roundtable.base.security.SignedIn;
import roundtable.base.security.SystemUse;

/**
 * The committees feature's front door: bodies, their constituencies and settings, and who sits on
 * them today. The roster's pages read it through {@link RosterReader}; chairs keep it through
 * {@link RosterService}.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CommitteeService {

    private final BodyRepository bodies;
    private final SeatGroupRepository seatGroups;
    private final MembershipRepository memberships;
    private final AuditService audit;
    private final Clock clock;
    private final RoundtableProperties properties;

    CommitteeService(
            BodyRepository bodies,
            SeatGroupRepository seatGroups,
            MembershipRepository memberships,
            AuditService audit,
            Clock clock,
            RoundtableProperties properties) {
        this.bodies = bodies;
        this.seatGroups = seatGroups;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    @Open(reason = "the bodies and their public settings are on the public site")
    public List<BodySummary> activeBodies() {
        return bodies.findByActiveTrueOrderByName().stream()
                .map(BodySummary::of)
                .toList();
    }

    @Open(reason = "the bodies and their public settings are on the public site")
    public Optional<BodySummary> findBySlug(String slug) {
        return bodies.findBySlug(slug).map(BodySummary::of);
    }

    @Open(reason = "the bodies and their public settings are on the public site")
    public Optional<BodySummary> find(long bodyId) {
        return bodies.findById(bodyId).map(BodySummary::of);
    }

    @Open(reason = "the bodies and their public settings are on the public site")
    public Map<Long, BodySummary> bodiesById() {
        return bodies.findAll().stream()
                .map(BodySummary::of)
                .collect(Collectors.toMap(BodySummary::id, Function.identity()));
    }

    @SignedIn
    public List<MyBody> myBodies() {
        long me = CurrentUser.personId().orElseThrow();
        boolean admin = CurrentUser.hasRole(Role.ADMIN);
        List<Membership> mine = memberships.currentFor(me, today());
        Map<Long, Body> byId = bodies
                .findAllById(mine.stream().map(Membership::getBodyId).toList())
                .stream()
                .collect(Collectors.toMap(Body::getId, Function.identity()));
        return mine.stream()
                .sorted(Comparator.comparing(m -> byId.get(m.getBodyId()).getName()))
                .map(m -> new MyBody(
                        BodySummary.of(byId.get(m.getBodyId())),
                        m.getPosition(),
                        admin || m.getPosition().manages(),
                        admin || m.getPosition().records()))
                .toList();
    }

    /** Every active body with the people on it today: language services plans interpretation from it. */
    @Coordinators
    public List<BodyMembers> activeBodiesWithMembers() {
        Map<Long, List<Long>> byBody = memberships.allCurrent(today()).stream()
                .collect(Collectors.groupingBy(
                        Membership::getBodyId, Collectors.mapping(Membership::getPersonId, Collectors.toList())));
        return bodies.findByActiveTrueOrderByName().stream()
                .map(body -> new BodyMembers(BodySummary.of(body), byBody.getOrDefault(body.getId(), List.of())))
                .toList();
    }

    @Transactional
    @Administrators
    public long createBody(@Valid NewBody data) {
        checkText(data.name(), data.acronym(), data.descriptionHtml(), data.languagesOffered());
        if (bodies.existsBySlug(data.slug())) {
            throw new RuleViolationException("slug", "bodies.error.slug-taken", data.slug());
        }
        Body body = bodies.save(new Body(data));
        audit.record(new AuditEntry(
                "body.created",
                "body",
                body.getId(),
                body.getId(),
                "Body created: " + body.getName(),
                null,
                describe(BodySummary.of(body))));
        return body.getId();
    }

    @Transactional
    @Administrators
    public long addSeatGroup(long bodyId, @Valid SeatGroupData data) {
        PlainText.required("name", data.name());
        bodies.findById(bodyId).orElseThrow(() -> new UnknownBodyException(bodyId));
        checkRequirement(bodyId, data);
        SeatGroup group = seatGroups.save(new SeatGroup(bodyId, data, seatGroups.countByBodyId(bodyId)));
        audit.record(new AuditEntry(
                "seat-group.added",
                "seat-group",
                group.getId(),
                bodyId,
                "Constituency added: " + group.getName(),
                null,
                group.describe()));
        return group.getId();
    }

    /** Changes a constituency; never to fewer seats than people hold today, so nobody is silently unseated. */
    @Transactional
    @Administrators
    public void redefineSeatGroup(long bodyId, long seatGroupId, long expectedVersion, @Valid SeatGroupData data) {
        PlainText.required("name", data.name());
        SeatGroup group = seatGroups
                .findById(seatGroupId)
                .filter(g -> g.getBodyId() == bodyId)
                .orElseThrow(() -> new RuleViolationException("seatGroup", "roster.error.unknown-seat"));
        if (group.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Seat group " + seatGroupId + " changed since it was read");
        }
        checkRequirement(bodyId, data);
        long holders = memberships.countCurrentInGroup(seatGroupId, today());
        if (data.seatCount() < holders) {
            throw new RuleViolationException("seatCount", "seats.error.below-holders", holders);
        }
        String before = group.describe();
        group.redefine(data);
        audit.record(new AuditEntry(
                "seat-group.changed",
                "seat-group",
                seatGroupId,
                bodyId,
                "Constituency changed: " + group.getName(),
                before,
                group.describe()));
    }

    private void checkRequirement(long bodyId, SeatGroupData data) {
        if (data.requiredBodyId() != null
                && (data.requiredBodyId() == bodyId
                        || bodies.findById(data.requiredBodyId()).isEmpty())) {
            throw new RuleViolationException("requiredBody", "seats.error.required-body");
        }
    }

    @Transactional
    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public long appoint(long bodyId, @Valid Appointment appointment) {
        bodies.findById(bodyId).orElseThrow(() -> new UnknownBodyException(bodyId));
        if (appointment.seatGroupId() != null) {
            SeatGroup group = seatGroups
                    .findById(appointment.seatGroupId())
                    .filter(g -> g.getBodyId() == bodyId)
                    .orElseThrow(() -> new IllegalArgumentException("Seat group belongs to another body"));
            if (group.getTermMonths() != null && appointment.termEnd() == null) {
                appointment = new Appointment(
                        appointment.seatGroupId(),
                        appointment.personId(),
                        appointment.position(),
                        appointment.termStart(),
                        appointment
                                .termStart()
                                .plusMonths(group.getTermMonths())
                                .minusDays(1));
            }
        }
        if (appointment.termEnd() != null && appointment.termEnd().isBefore(appointment.termStart())) {
            throw new IllegalArgumentException("A term cannot end before it starts");
        }
        return memberships.save(new Membership(bodyId, appointment)).getId();
    }

    /** All bodies, archived ones too, for administrators. A district has tens, so they come whole. */
    @Administrators
    public List<BodySummary> allBodies() {
        return bodies.findAll(Sort.by("name")).stream().map(BodySummary::of).toList();
    }

    /** An administrator changes a body's settings; a stale version means someone else saved first. */
    @Transactional
    @Administrators
    public BodySummary configureBody(long bodyId, long expectedVersion, @Valid BodySettings settings) {
        Body body = bodies.findById(bodyId).orElseThrow(() -> new UnknownBodyException(bodyId));
        if (body.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Body " + bodyId + " changed since it was read");
        }
        checkText(settings.name(), settings.acronym(), settings.descriptionHtml(), settings.languagesOffered());
        String before = describe(BodySummary.of(body));
        body.configure(settings);
        bodies.flush();
        BodySummary after = BodySummary.of(body);
        audit.record(new AuditEntry(
                "body.configured",
                "body",
                bodyId,
                bodyId,
                "Settings changed: " + after.name(),
                before,
                describe(after)));
        return after;
    }

    /**
     * What the record's Bean Validation cannot say: a name of Unicode spaces only, hidden characters,
     * languages nobody interprets, and a description that outgrows its column once sanitised.
     */
    private static void checkText(String name, String acronym, String descriptionHtml, List<String> languages) {
        PlainText.required("name", name);
        PlainText.require("acronym", acronym);
        LanguageNames.requireOffered("languagesOffered", languages);
        checkDescription(descriptionHtml);
    }

    private static void checkDescription(String html) {
        RichText.require("descriptionHtml", html);
        if (RichText.sanitise(html).length() > CommitteeLimits.DESCRIPTION) {
            throw new RuleViolationException("descriptionHtml", "validation.too-long", CommitteeLimits.DESCRIPTION);
        }
    }

    private static String describe(BodySummary b) {
        AccessibleTimeRules rules = b.timeRules();
        return "name: " + b.name() + "\nkind: " + b.kind() + "\nroster public: " + b.rosterPublic()
                + "\ncontacts visible to members: " + b.contactsVisible()
                + "\nquorum: " + (b.quorumFixed() == null ? "majority" : b.quorumFixed())
                + "\nlanguages: " + String.join(",", b.languagesOffered())
                + "\nearliest weekday start: " + rules.earliestWeekdayStart() + "\nlatest end: " + rules.latestEnd()
                + "\navoided days: " + rules.avoidedDays() + "\nactive: " + b.active();
    }

    /** A chair rewrites the public description; a stale version means someone else saved first. */
    @Transactional
    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public BodySummary describeBody(long bodyId, long expectedVersion, String html) {
        Body body = bodies.findById(bodyId).orElseThrow(() -> new UnknownBodyException(bodyId));
        if (body.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Body " + bodyId + " changed since it was read");
        }
        checkDescription(html);
        body.describe(html);
        bodies.flush();
        return BodySummary.of(body);
    }

    /** Today's seats and the quorum they need, for weighing meeting times by who could come. */
    @PreAuthorize("hasRole('ADMIN') or @committeeAccess.isMember(#bodyId)")
    public VotingComposition votingComposition(long bodyId) {
        return votingComposition(bodyId, today());
    }

    /**
     * Who sat on the body on a given day, and the quorum then: a meeting's minutes and check-in
     * count the members whose terms covered the meeting, not those of the day they are written.
     */
    @SystemUse(
            reason = "check-in and the minutes' draft count the seats of the meeting's day for its recorders, "
                    + "who they have already checked")
    public VotingComposition votingComposition(long bodyId, LocalDate onDay) {
        Body body = bodies.findById(bodyId).orElseThrow(() -> new UnknownBodyException(bodyId));
        Map<Long, SeatGroup> groups = seatGroups.findByBodyIdOrderBySortOrder(bodyId).stream()
                .collect(Collectors.toMap(SeatGroup::getId, Function.identity()));
        List<VotingComposition.Seat> seats = memberships.currentOf(bodyId, onDay).stream()
                .sorted(Comparator.comparing((Membership m) -> m.getSeatGroupId() == null
                                ? Integer.MAX_VALUE
                                : groups.get(m.getSeatGroupId()).getSortOrder())
                        .thenComparing(Membership::getId))
                .map(m -> {
                    SeatGroup group = m.getSeatGroupId() == null ? null : groups.get(m.getSeatGroupId());
                    return new VotingComposition.Seat(
                            m.getPersonId(), group == null ? null : group.getName(), group != null && group.isVoting());
                })
                .toList();
        long seatedVoting = seats.stream()
                .filter(VotingComposition.Seat::voting)
                .map(VotingComposition.Seat::personId)
                .distinct()
                .count();
        int quorum = body.getQuorumFixed() != null ? body.getQuorumFixed() : VotingComposition.majorityOf(seatedVoting);
        return new VotingComposition(bodyId, quorum, seats);
    }

    /**
     * The bodies a person sits on today, for work done without their sign-in (their private
     * calendar feed). Views use {@link #myBodies()} instead.
     */
    @SystemUse(reason = "a member's private calendar feed, whose secret link is the permission")
    public Set<Long> currentBodyIdsOf(long personId) {
        return memberships.currentFor(personId, today()).stream()
                .map(Membership::getBodyId)
                .collect(Collectors.toSet());
    }

    @SystemUse(reason = "invitations, polls and check-in list the members after checking their own caller")
    public Set<Long> currentMemberIds(long bodyId) {
        return memberships.currentOf(bodyId, today()).stream()
                .map(Membership::getPersonId)
                .collect(Collectors.toSet());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.defaultTimeZone()));
    }
}
