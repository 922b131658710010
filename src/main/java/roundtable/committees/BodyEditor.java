package roundtable.committees;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
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

/**
 * Changing a body: creating it, its settings and public description, its constituencies, and
 * appointing someone to it directly. Reading bodies is {@link CommitteeService}; a chair fills
 * seats through {@link RosterService}.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class BodyEditor {

    private final BodyRepository bodies;
    private final SeatGroupRepository seatGroups;
    private final MembershipRepository memberships;
    private final AuditService audit;
    private final Clock clock;
    private final RoundtableProperties properties;

    BodyEditor(
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.defaultTimeZone()));
    }
}
