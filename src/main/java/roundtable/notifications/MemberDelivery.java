package roundtable.notifications;

import java.util.Set;
import org.springframework.stereotype.Component;
import roundtable.people.NotificationChoices;
import roundtable.people.PersonService;
import roundtable.subscriptions.Category;

/**
 * How a member receives one body's news of one kind: not at all (turned off in their profile, or
 * for this body from an email), one email now, or a line in tomorrow morning's digest. Only for
 * list news: messages about a person's own actions never ask.
 */
@Component
class MemberDelivery {

    enum Delivery {
        NONE,
        SINGLE,
        DIGEST
    }

    private final PersonService people;

    MemberDelivery(PersonService people) {
        this.people = people;
    }

    /** @param optedOut the members who turned this body's news of this kind off (one query per fan-out) */
    Delivery of(long personId, Category category, Set<Long> optedOut) {
        if (optedOut.contains(personId)) {
            return Delivery.NONE;
        }
        return people.notificationChoices(personId).map(c -> of(c, category)).orElse(Delivery.NONE);
    }

    private static Delivery of(NotificationChoices choices, Category category) {
        boolean wanted = category == Category.MEETINGS ? choices.meetings() : choices.minutes();
        if (!wanted) {
            return Delivery.NONE;
        }
        return choices.digest() ? Delivery.DIGEST : Delivery.SINGLE;
    }
}
