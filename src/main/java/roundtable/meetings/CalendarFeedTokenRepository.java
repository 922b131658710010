package roundtable.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CalendarFeedTokenRepository extends Repository<CalendarFeedToken, Long> {

    CalendarFeedToken save(CalendarFeedToken token);

    Optional<CalendarFeedToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<CalendarFeedToken> findByPersonIdAndRevokedAtIsNull(long personId);
}
