package roundtable.base;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.IntegrationTest;

/** A listener that fails (the database away for a moment) gets its event again without a restart. */
@IntegrationTest
class EventRetryIntegrationTest {

    @Autowired
    FlakyListener listener;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void aFailedListenerIsHandedItsEventAgain() {
        transactions.executeWithoutResult(tx -> events.publishEvent(new FlakyListener.FlakyEvent("retry-check")));
        await(() -> listener.calls() == 1);

        new EventRetry(incomplete, Duration.ZERO).retryFailedListeners();

        await(() -> listener.calls() == 2);
    }

    private static void await(BooleanSupplier condition) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(condition::getAsBoolean);
    }
}
