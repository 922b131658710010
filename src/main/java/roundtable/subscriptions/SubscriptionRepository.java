package roundtable.subscriptions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    Optional<Subscription> findByBodyIdAndEmailKey(long bodyId, String emailKey);

    List<Subscription> findByBodyIdAndConfirmedAtNotNullAndMeetingsTrueOrderById(long bodyId);

    List<Subscription> findByBodyIdAndConfirmedAtNotNullAndMinutesTrueOrderById(long bodyId);

    default List<Subscription> findReceiving(long bodyId, Category category) {
        return category == Category.MEETINGS
                ? findByBodyIdAndConfirmedAtNotNullAndMeetingsTrueOrderById(bodyId)
                : findByBodyIdAndConfirmedAtNotNullAndMinutesTrueOrderById(bodyId);
    }

    List<Subscription> findByEmailKey(String emailKey);

    /** Addresses somebody typed and nobody confirmed within the link's life: never kept. */
    @Modifying
    @Query("delete from Subscription s where s.confirmedAt is null and s.requestedAt < :before")
    int deleteUnconfirmedRequestedBefore(Instant before);

    /** A change asked for on a confirmed subscription and never confirmed is forgotten too. */
    @Modifying
    @Query("""
            update Subscription s set s.pendingLanguage = null, s.pendingMeetings = null, s.pendingMinutes = null,
                s.pendingNonce = null, s.version = s.version + 1
            where s.confirmedAt is not null and s.pendingNonce is not null and s.requestedAt < :before
            """)
    int forgetPendingRequestedBefore(Instant before);
}
