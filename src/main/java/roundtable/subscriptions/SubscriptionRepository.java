package roundtable.subscriptions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    Optional<Subscription> findByBodyIdAndEmailKey(long bodyId, String emailKey);

    List<Subscription> findByBodyIdAndConfirmedAtNotNullAndMeetingsTrueOrderById(long bodyId);

    List<Subscription> findByBodyIdAndConfirmedAtNotNullAndMinutesTrueOrderById(long bodyId);

    default List<Subscription> findReceiving(long bodyId, Category category) {
        return category == Category.MEETINGS ? findByBodyIdAndConfirmedAtNotNullAndMeetingsTrueOrderById(bodyId)
                : findByBodyIdAndConfirmedAtNotNullAndMinutesTrueOrderById(bodyId);
    }

    List<Subscription> findByEmailKey(String emailKey);
}
