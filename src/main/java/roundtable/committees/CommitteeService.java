package roundtable.committees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.Administrators;
import roundtable.base.security.Coordinators;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Open;
import roundtable.base.security.Role;
import roundtable.base.security.SignedIn;
import roundtable.base.security.SystemUse;

/**
 * The committees feature's front door for reading: bodies, their settings, and who sits on them
 * today. Changing a body is {@link BodyEditor}; the roster's pages read it through {@link
 * RosterReader}; chairs keep it through {@link RosterService}.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeService {

    private final BodyRepository bodies;
    private final SeatGroupRepository seatGroups;
    private final MembershipRepository memberships;
    private final Clock clock;
    private final RoundtableProperties properties;

    CommitteeService(
            BodyRepository bodies,
            SeatGroupRepository seatGroups,
            MembershipRepository memberships,
            Clock clock,
            RoundtableProperties properties) {
        this.bodies = bodies;
        this.seatGroups = seatGroups;
        this.memberships = memberships;
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

    /** All bodies, archived ones too, for administrators. A district has tens, so they come whole. */
    @Administrators
    public List<BodySummary> allBodies() {
        return bodies.findAll(Sort.by("name")).stream().map(BodySummary::of).toList();
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
