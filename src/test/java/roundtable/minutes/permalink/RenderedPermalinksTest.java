package roundtable.minutes.permalink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import roundtable.base.i18n.Language;
import roundtable.minutes.MinutesAmended;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesTranslated;

/** The crowd after a contested meeting reads a kept page, yet never an outdated one once something is published here. */
class RenderedPermalinksTest {

    MinutesArchive minutes = mock(MinutesArchive.class);
    PublicationMarker marker = new PublicationMarker(minutes);
    RenderedPermalinks rendered = new RenderedPermalinks(marker);
    AtomicInteger renderings = new AtomicInteger();
    RenderedPermalinks.Key key = new RenderedPermalinks.Key(7, null, Language.ENGLISH, false);

    Supplier<Optional<RenderedPermalinks.Rendered>> render = () -> Optional.of(new RenderedPermalinks.Rendered(
            ("v" + renderings.incrementAndGet()).getBytes(), "\"e\"", Instant.EPOCH, null));

    @Test
    void aPageIsWrittenOnceForManyReadersAndAgainAfterAnAmendmentOrTranslationOnThisInstance() {
        when(minutes.publicationGeneration()).thenReturn(7L);

        for (int i = 0; i < 50; i++) {
            rendered.get(key, render);
        }
        assertThat(renderings).hasValue(1);

        // Same clock tick as before, so only this instance's own change can tell.
        marker.amended(new MinutesAmended(7, 1, 2, "a name was misspelt"));
        assertThat(new String(rendered.get(key, render).orElseThrow().body())).isEqualTo("v2");
        marker.translated(new MinutesTranslated(7, "es"));
        assertThat(new String(rendered.get(key, render).orElseThrow().body())).isEqualTo("v3");
        assertThat(new String(rendered.get(key, render).orElseThrow().body())).isEqualTo("v3");
    }

    @Test
    void unknownMinutesAreNotKept() {
        assertThat(rendered.get(key, Optional::empty)).isEmpty();
        rendered.get(key, render);
        assertThat(renderings).hasValue(1);
    }
}
