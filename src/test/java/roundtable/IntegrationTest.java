package roundtable;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app on an in-memory database with the demo data and a real SMTP server
 * (GreenMail), on a clock tests can move. Every test class carrying it shares one Spring context;
 * after each test, what it set going is let finish and the clock goes back ({@link LeavesNothingBehind}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:roundtable-it;DB_CLOSE_DELAY=-1",
            "roundtable.mail.poll-interval=PT0.2S",
            "roundtable.mail.first-retry-delay=PT0.5S",
            "roundtable.mail.longest-outage-pause=PT1S",
            "roundtable.storage.attachments-dir=target/test-attachments-${roundtable.test.fork:1}",
            // Reminder jobs run only when a test calls them: a clock moved by one test must not remind another's
            // meetings.
            "roundtable.reminders.interval=PT24H",
            "spring.jpa.properties.hibernate.session_factory.statement_inspector=roundtable.ThreadStatementCounter"
        })
@Import({TestMailServer.class, TestClock.Config.class, TestData.class})
@ExtendWith(LeavesNothingBehind.class)
public @interface IntegrationTest {}
