package roundtable;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After each test of the shared context: what the test set going (listeners after commit, the mail
 * they queued) finishes while its clock still stands where the test moved it, so nothing of it is
 * left due at a time the next test never reaches; then the clock goes back. Runs before the test
 * class's own {@code @AfterEach} methods, which may put the clock back themselves.
 */
public class LeavesNothingBehind implements AfterTestExecutionCallback, AfterEachCallback {

    static final Duration WITHIN = Duration.ofSeconds(20);

    @Override
    public void afterTestExecution(ExtensionContext context) {
        OutboxDrain.await(WITHIN);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBeanProvider(TestClock.class)
                .ifAvailable(TestClock::reset);
    }
}
