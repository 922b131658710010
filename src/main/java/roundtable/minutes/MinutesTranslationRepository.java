package roundtable.minutes;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinutesTranslationRepository extends JpaRepository<MinutesTranslation, Long> {

    Optional<MinutesTranslation> findByMinutesIdAndLanguage(long minutesId, String language);

    List<MinutesTranslation> findByMinutesIdInOrderByLanguage(Collection<Long> minutesIds);

    @Query("select max(t.updatedAt) from MinutesTranslation t")
    Optional<Instant> lastUpdated();

    /** Grows with every translation added or saved (each save raises its version). */
    @Query("select count(t) + coalesce(sum(t.version), 0) from MinutesTranslation t")
    long generation();
}
