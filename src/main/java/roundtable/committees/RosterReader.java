package roundtable.committees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.Open;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;
import roundtable.people.PublicName;

/**
 * Who sits on a body, as its readers may see it: the public reads seats and consented names, the
 * body's members read their fellow members (with contacts where the body shares them). Keeping the
 * roster is {@link RosterService}.
 */
@Service
@Transactional(readOnly = true)
public class RosterReader {

    private final BodyRepository bodies;
    private final SeatGroupRepository seatGroups;
    private final MembershipRepository memberships;
    private final PersonService people;
    private final CommitteeAccess access;
    private final Clock clock;
    private final RoundtableProperties properties;

    RosterReader(
            BodyRepository bodies,
            SeatGroupRepository seatGroups,
            MembershipRepository memberships,
            PersonService people,
            CommitteeAccess access,
            Clock clock,
            RoundtableProperties properties) {
        this.bodies = bodies;
        this.seatGroups = seatGroups;
        this.memberships = memberships;
        this.people = people;
        this.access = access;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * The roster as the public may see it: seats and roles always, a name only when the
     * person consented, never contact details. Empty when the body keeps its roster private.
     */
    @Open(reason = "the body's public page: names only with the person's consent, never contact details")
    public Optional<Roster> publicRoster(long bodyId) {
        Body body = bodies.findById(bodyId).orElseThrow(() -> new UnknownBodyException(bodyId));
        if (!body.isRosterPublic()) {
            return Optional.empty();
        }
        List<Membership> current = memberships.currentOf(bodyId, today());
        Map<Long, PublicName> names =
                people.publicNames(current.stream().map(Membership::getPersonId).toList());
        return Optional.of(roster(body, current, m -> {
            PublicName n = names.get(m.getPersonId());
            if (n != null && n.anonymised()) {
                return formerMember(m);
            }
            boolean shown = n != null && n.consented();
            return new RosterSeat(
                    null,
                    false,
                    m.getPosition(),
                    shown ? n.fullName() : null,
                    shown ? n.affiliation() : null,
                    null,
                    null,
                    m.getTermEnd(),
                    false);
        }));
    }

    /** The roster with contact details, for the body's own members and administrators. */
    @PreAuthorize("hasRole('ADMIN') or @committeeAccess.isMember(#bodyId)")
    public Roster memberRoster(long bodyId) {
        Body body = bodies.findById(bodyId).orElseThrow(() -> new UnknownBodyException(bodyId));
        List<Membership> current = memberships.currentOf(bodyId, today());
        Map<Long, PersonSummary> contacts =
                people.contacts(current.stream().map(Membership::getPersonId).toList());
        // Some bodies keep members' addresses to the chair and administrators.
        boolean showContacts = body.isContactsVisible() || access.canManage(bodyId);
        return roster(body, current, m -> {
            PersonSummary p = contacts.get(m.getPersonId());
            if (p.anonymised()) {
                return formerMember(m);
            }
            return new RosterSeat(
                    null,
                    false,
                    m.getPosition(),
                    p.fullName(),
                    p.affiliation(),
                    showContacts ? p.email() : null,
                    showContacts ? p.phone() : null,
                    m.getTermEnd(),
                    false);
        });
    }

    /** The seat stays filled until its term ends, but nothing about who held it is left to show. */
    private static RosterSeat formerMember(Membership m) {
        return new RosterSeat(null, false, m.getPosition(), null, null, null, null, m.getTermEnd(), true);
    }

    private Roster roster(Body body, List<Membership> current, Function<Membership, RosterSeat> line) {
        Map<Long, List<Membership>> byGroup = current.stream()
                .filter(m -> m.getSeatGroupId() != null)
                .collect(Collectors.groupingBy(Membership::getSeatGroupId));
        List<Roster.Constituency> constituencies = new ArrayList<>();
        for (SeatGroup group : seatGroups.findByBodyIdOrderBySortOrder(body.getId())) {
            List<RosterSeat> seats = byGroup.getOrDefault(group.getId(), List.of()).stream()
                    .sorted(Comparator.comparing(Membership::getPosition))
                    .map(line)
                    .toList();
            constituencies.add(new Roster.Constituency(group.getName(), group.isVoting(), group.getSeatCount(), seats));
        }
        return new Roster(BodySummary.of(body), constituencies);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.defaultTimeZone()));
    }
}
