package roundtable;

import java.util.Optional;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The Spring context of the test running now, for static helpers ({@link OutboxDrain}) that need a
 * bean the test did not hand them. Set before every test method of every Spring test (registered in
 * META-INF/spring.factories), so a run with several contexts (browser journeys, PostgreSQL) finds
 * the right one.
 */
public final class ActiveContext implements TestExecutionListener {

    private static volatile ApplicationContext current;

    /** The running Spring test's context, if a Spring test is running. */
    public static Optional<ApplicationContext> find() {
        return Optional.ofNullable(current);
    }

    public static ApplicationContext get() {
        ApplicationContext context = current;
        if (context == null) {
            throw new IllegalStateException("No Spring test is running");
        }
        return context;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        // Static set-up (@BeforeAll) may already need it; the context starts here if it has not yet.
        current = testContext.getApplicationContext();
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        current = testContext.getApplicationContext();
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        current = null;
    }
}
