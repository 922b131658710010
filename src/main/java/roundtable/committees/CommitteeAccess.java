package roundtable.committees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Role;

/**
 * Committee-scoped rights, from the signed-in person's current memberships. Used in
 * {@code @PreAuthorize} expressions as {@code @committeeAccess}, so every service checks
 * them, whichever view calls it.
 */
@Component("committeeAccess")
@Transactional(readOnly = true)
public class CommitteeAccess {

    private final MembershipRepository memberships;
    private final Clock clock;
    private final RoundtableProperties properties;

    CommitteeAccess(MembershipRepository memberships, Clock clock, RoundtableProperties properties) {
        this.memberships = memberships;
        this.clock = clock;
        this.properties = properties;
    }

    public boolean isMember(long bodyId) {
        return holds(bodyId, p -> true);
    }

    /** Chairs and vice-chairs run their body: roster, meetings, agenda. Administrators run all. */
    public boolean canManage(long bodyId) {
        return CurrentUser.hasRole(Role.ADMIN) || holds(bodyId, Position::manages);
    }

    /**
     * The chair or vice-chair in person, not an administrator: what only they may do on the
     * body's behalf (approving its minutes alone, which the minutes then say they did).
     */
    public boolean chairs(long bodyId) {
        return holds(bodyId, Position::manages);
    }

    /** Secretaries (and those who manage) keep the record: attendance, motions, minutes. */
    public boolean canRecord(long bodyId) {
        return CurrentUser.hasRole(Role.ADMIN) || holds(bodyId, Position::records);
    }

    private boolean holds(long bodyId, Predicate<Position> position) {
        LocalDate today = LocalDate.now(clock.withZone(properties.defaultTimeZone()));
        return CurrentUser.personId()
                .map(person -> memberships.currentFor(person, today).stream()
                        .anyMatch(m -> m.getBodyId() == bodyId && position.test(m.getPosition())))
                .orElse(false);
    }
}
