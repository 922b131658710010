package roundtable.base;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * For {@code EventRetryIntegrationTest}: fails the first time it hears of an event, as a listener
 * does when the database blinks. Only that test publishes its event.
 */
@Component
class FlakyListener {

    record FlakyEvent(String id) {}

    private final AtomicInteger calls = new AtomicInteger();

    /** A method, not the field: the bean is a proxy (the listener runs asynchronously). */
    int calls() {
        return calls.get();
    }

    @ApplicationModuleListener
    void on(FlakyEvent event) {
        if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("the database was away for a moment");
        }
    }
}
