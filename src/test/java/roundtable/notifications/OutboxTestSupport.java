package roundtable.notifications;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;

/**
 * What the outbox tests share: queue many messages at once, run more sending servers beside
 * the app's own (each in a context of its own that a test can close mid-delivery), and count
 * what the SMTP server received. Public so the PostgreSQL test can use it too.
 */
public final class OutboxTestSupport {

    private OutboxTestSupport() {}

    /** Queues {@code count} messages in one transaction to {@code 0@domain}, {@code 1@domain}… */
    public static void queue(ApplicationContext app, String domain, int count) {
        EmailOutbox outbox = app.getBean(EmailOutbox.class);
        app.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            for (int i = 0; i < count; i++) {
                String to = i + "@" + domain;
                outbox.queue(
                        "test:" + domain + ":" + i,
                        new RenderedEmail(to, Language.ENGLISH, "Message " + i, "Text " + i, "<p>Text " + i + "</p>"));
            }
        });
    }

    /** Queues one message and gives it up at once, as after its last refused attempt; returns its id. */
    public static long dead(ApplicationContext app, String to, String subject, String text, String error) {
        OutboundEmailRepository emails = app.getBean(OutboundEmailRepository.class);
        return app.getBean(TransactionTemplate.class).execute(tx -> {
            app.getBean(EmailOutbox.class)
                    .queue(
                            "test:dead:" + to + ":" + System.nanoTime(),
                            new RenderedEmail(to, Language.ENGLISH, subject, text, "<p>" + text + "</p>"));
            OutboundEmail email = emails.findByRecipientOrderByIdDesc(to).getFirst();
            email.failed(error, Instant.now(), Duration.ofSeconds(1), Duration.ofSeconds(1), 1);
            return email.getId();
        });
    }

    /** Another server sending from the same outbox, started now; closing the context stops it as shutting down the app would. */
    public static ConfigurableApplicationContext startSender(ApplicationContext app) {
        return startSender(app, app.getBean(JavaMailSender.class));
    }

    /** As {@link #startSender(ApplicationContext)}, looking for due mail at this interval whatever the app's is. */
    public static ConfigurableApplicationContext startSender(ApplicationContext app, Duration pollInterval) {
        MailProperties s = app.getBean(MailProperties.class);
        return startSender(
                app,
                app.getBean(JavaMailSender.class),
                new MailProperties(
                        s.maxAttempts(),
                        s.firstRetryDelay(),
                        s.batchSize(),
                        pollInterval,
                        s.lease(),
                        s.longestRetryDelay(),
                        s.longestOutagePause()));
    }

    static ConfigurableApplicationContext startSender(ApplicationContext app, JavaMailSender mail) {
        return startSender(app, mail, app.getBean(MailProperties.class));
    }

    private static ConfigurableApplicationContext startSender(
            ApplicationContext app, JavaMailSender mail, MailProperties settings) {
        AnnotationConfigApplicationContext instance = new AnnotationConfigApplicationContext();
        // Another server has a name of its own: a server takes back at once only what it held under its own name.
        instance.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "another-server", Map.of("roundtable.instance-name", "another-server-" + System.nanoTime())));
        var beans = instance.getBeanFactory();
        beans.registerSingleton("outboxClaims", app.getBean(OutboxClaims.class));
        beans.registerSingleton("javaMailSender", mail);
        beans.registerSingleton("mailProperties", settings);
        beans.registerSingleton("roundtableProperties", app.getBean(RoundtableProperties.class));
        beans.registerSingleton("clock", app.getBean(Clock.class));
        beans.registerSingleton("meterRegistry", new SimpleMeterRegistry());
        instance.register(OutboxSender.class);
        instance.refresh();
        return instance;
    }

    /**
     * Delivers, on the caller's thread and through the app's own sender, every message due now, as
     * the sender's next rounds would; nothing while a test has paused the sender. Returns how many
     * it claimed.
     */
    public static int deliverDueNow(ApplicationContext app) {
        OutboxSender sender = app.getBean(OutboxSender.class);
        int claimed = 0;
        for (int round = 0; round < 100 && sender.isRunning(); round++) {
            int batch = sender.deliverRound();
            claimed += batch;
            if (batch == 0) {
                break;
            }
        }
        return claimed;
    }

    /** Stops the app's own sender until closed (or resumed), while a test plays servers of its own. */
    public static Paused pauseAppSender(ApplicationContext app) {
        SmartLifecycle sender = app.getBean(OutboxSender.class);
        sender.stop();
        return new Paused(sender);
    }

    public record Paused(SmartLifecycle sender) implements AutoCloseable {

        public void resume() {
            sender.start();
        }

        @Override
        public void close() {
            sender.start();
        }
    }

    /** How many of the messages to {@code domain} are in this state. */
    public static long count(JdbcTemplate jdbc, String domain, EmailStatus state) {
        return jdbc.queryForObject(
                "select count(*) from outbound_email where recipient like ? and status = ?",
                Long.class,
                "%@" + domain,
                state.name());
    }

    public static void await(String what, Duration within, BooleanSupplier done) {
        Awaitility.await(what)
                .atMost(within)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .pollInSameThread()
                .until(done::getAsBoolean);
    }

    /** Takes a test's messages out of the outbox, claimed or not, so nothing of it is left for another test's sender. */
    public static void remove(JdbcTemplate jdbc, String domain) {
        jdbc.update("delete from outbound_email where recipient like ?", "%@" + domain);
    }

    /** What the SMTP server received for one domain: messages, distinct Message-IDs, distinct recipients. */
    public record Received(int messages, long messageIds, long recipients) {

        public static Received at(GreenMail server, String domain) {
            List<MimeMessage> mine = Arrays.stream(server.getReceivedMessages())
                    .filter(m -> to(m).endsWith("@" + domain))
                    .toList();
            return new Received(
                    mine.size(),
                    mine.stream().map(Received::id).distinct().count(),
                    mine.stream().map(Received::to).distinct().count());
        }

        private static String id(MimeMessage m) {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String to(MimeMessage m) {
            try {
                var to = m.getRecipients(Message.RecipientType.TO);
                return to == null || to.length == 0 ? "" : to[0].toString().toLowerCase(Locale.ROOT);
            } catch (MessagingException e) {
                return "";
            }
        }
    }

    /** Forgets the domain's mailboxes at the server, so later tests scan fewer messages. */
    public static void forget(GreenMail server, String domain, int count) {
        var users = server.getUserManager();
        for (int i = 0; i < count; i++) {
            var user = users.getUser(i + "@" + domain);
            if (user != null) {
                users.deleteUser(user);
            }
        }
    }
}
