package roundtable.minutes;

import java.util.List;
import java.util.Optional;

/**
 * What the archive index is built from. {@link MinutesArchive} answers it in the app; tests hand
 * the index minutes built by hand, so searching is tested without a database.
 */
interface MinutesSource {

    List<PublishedMinutes> allCurrent();

    Optional<PublishedTranslation> translation(long minutesId, String language);

    /** Grows whenever anything the index holds changes, on whichever server made the change. */
    long generation();

    static MinutesSource of(MinutesArchive service) {
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
            public long generation() {
                return service.publicationGeneration();
            }
        };
    }
}
