package roundtable.minutes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the archive index is built from. {@link MinutesService} answers it in the app; tests hand
 * the index minutes built by hand, so searching is tested without a database.
 */
interface MinutesSource {

    List<PublishedMinutes> allCurrent();

    Optional<PublishedTranslation> translation(long minutesId, String language);

    /** Moves whenever anything the index holds changes, on whichever server made the change. */
    Instant lastPublicationChange();

    static MinutesSource of(MinutesService service) {
        return new MinutesSource() {
            @Override
            public List<PublishedMinutes> allCurrent() {
                return service.allCurrent();
            }

            @Override
            public Optional<PublishedTranslation> translation(long minutesId, String language) {
                return service.translation(minutesId, language);
            }

            @Override
            public Instant lastPublicationChange() {
                return service.lastPublicationChange();
            }
        };
    }
}
