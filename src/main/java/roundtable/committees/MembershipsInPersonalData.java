package roundtable.committees;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import roundtable.people.PersonalDataContributor;

/**
 * A person's seats, past and present, for their personal-data export. Lives here because
 * the people feature must not depend on committees, which already depends on it.
 */
@Component
@Transactional(readOnly = true)
class MembershipsInPersonalData implements PersonalDataContributor {

    record Held(String body, String bodySlug, String seat, Position position, LocalDate termStart, LocalDate termEnd) {}

    private final MembershipRepository memberships;
    private final BodyRepository bodies;
    private final SeatGroupRepository seatGroups;

    MembershipsInPersonalData(MembershipRepository memberships, BodyRepository bodies, SeatGroupRepository seatGroups) {
        this.memberships = memberships;
        this.bodies = bodies;
        this.seatGroups = seatGroups;
    }

    @Override
    public String section() {
        return "memberships";
    }

    @Override
    public List<Held> personalDataOf(long personId) {
        List<Membership> held = memberships.findByPersonIdOrderByTermStartDesc(personId);
        Map<Long, Body> bodyById = byId(bodies.findAllById(ids(held, Membership::getBodyId)), Body::getId);
        Map<Long, SeatGroup> groupById =
                byId(seatGroups.findAllById(ids(held, Membership::getSeatGroupId)), SeatGroup::getId);
        return held.stream()
                .map(m -> {
                    Body body = bodyById.get(m.getBodyId());
                    SeatGroup group = m.getSeatGroupId() == null ? null : groupById.get(m.getSeatGroupId());
                    return new Held(
                            body.getName(),
                            body.getSlug(),
                            group == null ? null : group.getName(),
                            m.getPosition(),
                            m.getTermStart(),
                            m.getTermEnd());
                })
                .toList();
    }

    private static List<Long> ids(Collection<Membership> held, Function<Membership, Long> id) {
        return held.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
