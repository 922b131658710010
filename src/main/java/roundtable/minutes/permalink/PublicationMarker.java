package roundtable.minutes.permalink;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import roundtable.minutes.MinutesAmended;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesPublished;
import roundtable.minutes.MinutesTranslated;

/**
 * Says whether anything the public reads of the minutes may have changed, without asking the
 * database on every request (asking it was what held the permalink back under load: 64 readers
 * queued for 10 connections). A change made on this instance moves the marker as soon as it is
 * committed; one made on another instance is seen from the database within {@link #RECHECK}.
 */
@Component
public class PublicationMarker {

    static final Duration RECHECK = Duration.ofSeconds(1);

    /** Equal markers mean nothing was published or translated in between. */
    public record Marker(long localChanges, long generation) {}

    private record Checked(long generation, long atNanos) {}

    private final MinutesArchive minutes;
    private final AtomicLong localChanges = new AtomicLong();
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile Checked checked;

    PublicationMarker(MinutesArchive minutes) {
        this.minutes = minutes;
    }

    /** Read before what it vouches for, so a change committed meanwhile is never hidden behind it. */
    public Marker current() {
        long changes = localChanges.get();
        Checked last = checked;
        long now = System.nanoTime();
        boolean due = last == null || now - last.atNanos() >= RECHECK.toNanos();
        // One reader asks the database when it is due; the others go on with the marker it last gave.
        if (due && (last == null || checking.compareAndSet(false, true))) {
            try {
                last = new Checked(minutes.publicationGeneration(), now);
                checked = last;
            } finally {
                checking.set(false);
            }
        }
        return new Marker(changes, last.generation());
    }

    /** This instance's own changes count at once, before the next look at the database. */
    @TransactionalEventListener(fallbackExecution = true)
    void published(MinutesPublished event) {
        localChanges.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void amended(MinutesAmended event) {
        localChanges.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void translated(MinutesTranslated event) {
        localChanges.incrementAndGet();
    }
}
