package roundtable.notifications;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import roundtable.base.RoundtableProperties;

/**
 * Delivers queued emails in the background, on a thread of its own, so one bad address or a
 * slow server never holds up a user's click or the other messages. Each round claims a batch
 * of due messages (see {@link OutboxClaims}), hands them to the SMTP server one by one outside
 * any transaction, records each outcome at once, and gives back what it did not get to. Stopping
 * the app finishes the message in hand and gives back the rest; if the server dies instead, it
 * takes its claims back as soon as it starts again (claims carry its name, which stays the same
 * across restarts), and another server takes them over when the lease runs out. Delivery is at least
 * once: only the message in flight at a crash can go twice, with the same Message-ID (decision 0017).
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** Longer than one message can take with the SMTP timeouts set in application.properties. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(25);

    private final OutboxClaims claims;
    private final JavaMailSender mail;
    private final MailProperties settings;
    private final OutgoingMessages messages;
    private final Clock clock;
    private final MeterRegistry meters;
    /** This server's name (ROUNDTABLE_INSTANCE_NAME, else the host name): the same before and after a restart. */
    private final String instance;

    private final AtomicLong rounds = new AtomicLong();
    /** Tells this run of the server from its earlier ones, whose claims carry the same server name. */
    private volatile String life = newLife();

    private final Object wakeUp = new Object();
    private volatile boolean running;
    /** Only the sender's own thread reads and writes these. */
    private Duration outagePause = Duration.ZERO;

    private Instant outageUntil = Instant.MIN;
    private Thread worker;

    OutboxSender(
            OutboxClaims claims,
            JavaMailSender mail,
            MailProperties settings,
            RoundtableProperties properties,
            Clock clock,
            MeterRegistry meters,
            @Value("${roundtable.instance-name:}") String instanceName) {
        this.instance = instanceName.isBlank() ? hostName() : instanceName.strip();
        this.claims = claims;
        this.mail = mail;
        this.settings = settings;
        this.messages = new OutgoingMessages(mail, properties);
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        // A run still busy after a stop that timed out keeps its claims: only the lease may return them.
        boolean earlierRunGone = worker == null || !worker.isAlive();
        life = newLife();
        worker = Thread.ofPlatform().name("outbox-sender").daemon(true).start(() -> work(earlierRunGone));
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        try {
            worker.join(STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            log.warn(
                    "Outbox sender {} still busy after {}; what it claimed is taken over when its lease runs out",
                    instance,
                    STOP_WAIT);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work(boolean takeBackEarlierRuns) {
        boolean takenBack = !takeBackEarlierRuns;
        while (running) {
            if (!takenBack) {
                takenBack = takeBackEarlierRuns();
            }
            int claimed = 0;
            try {
                claimed = deliverRound();
            } catch (RuntimeException e) {
                // The database may be away for a moment; the next round tries again.
                log.warn("Outbox round of {} failed: {}", instance, e.toString());
            }
            if (claimed < settings.batchSize()) {
                pause();
            }
        }
    }

    /**
     * What this server held when it last stopped without handing it back (killed, its machine lost) is
     * due again at once, rather than after the lease. What the SMTP server had accepted then goes a
     * second time, with the same Message-ID: at most the one message in flight (see deliverRound).
     */
    private boolean takeBackEarlierRuns() {
        try {
            int released = claims.releaseEarlierRuns(instance, life);
            if (released > 0) {
                log.warn(
                        "Outbox: {} email(s) {} held when it stopped without handing them back are due again now;"
                                + " one the SMTP server had already accepted goes twice, with the same Message-ID",
                        released,
                        instance);
            }
            return true;
        } catch (RuntimeException e) {
            log.warn(
                    "Outbox sender {} could not take back what it held before it stopped; next round tries again: {}",
                    instance,
                    e.toString());
            return false;
        }
    }

    private void pause() {
        synchronized (wakeUp) {
            if (!running) {
                return;
            }
            try {
                wakeUp.wait(Math.max(1, settings.pollInterval().toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /**
     * One round; returns how many messages it claimed (a full batch means more may be waiting).
     * While the SMTP server cannot be reached, rounds come less and less often (up to
     * {@code longest-outage-pause} apart), and no message is charged an attempt for it.
     */
    int deliverRound() {
        if (clock.instant().isBefore(outageUntil)) {
            return 0;
        }
        String claim = instance + "/" + life + "/" + rounds.incrementAndGet();
        List<OutboundEmail> batch = claims.claim(claim, settings.batchSize());
        Set<Long> unrecorded = new HashSet<>();
        try (SmtpConnection smtp = new SmtpConnection(mail)) {
            for (OutboundEmail email : batch) {
                if (!running || leaseRunningOut(email)) {
                    break;
                }
                Outcome outcome = deliver(email, claim, smtp);
                if (outcome == Outcome.UNRECORDED) {
                    // Each message is recorded before the next is handed over: a crash from here on
                    // can send again at most this one.
                    unrecorded.add(email.getId());
                    break;
                }
                if (outcome == Outcome.SERVER_UNAVAILABLE) {
                    outagePause = outagePause.isZero()
                            ? settings.pollInterval()
                            : min(outagePause.multipliedBy(2), settings.longestOutagePause());
                    outageUntil = clock.instant().plus(outagePause);
                    break;
                }
                outagePause = Duration.ZERO;
            }
        } finally {
            if (!batch.isEmpty()) {
                claims.release(claim, unrecorded);
            }
        }
        return batch.size();
    }

    private enum Outcome {
        RECORDED,
        UNRECORDED,
        SERVER_UNAVAILABLE
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * A message is handed to the SMTP server only while at least half the lease is left, so it
     * is never being sent here while another server, seeing the lease over, sends it too.
     */
    private boolean leaseRunningOut(OutboundEmail email) {
        return clock.instant()
                .isAfter(email.getClaimedUntil().minus(settings.lease().dividedBy(2)));
    }

    private Outcome deliver(OutboundEmail email, String claim, SmtpConnection smtp) {
        String error = null;
        boolean unavailable = false;
        try {
            smtp.send(messages.toMime(email));
        } catch (SmtpConnection.ServerUnavailable e) {
            unavailable = true;
            error = describe(e);
        } catch (MessagingException | RuntimeException e) {
            // Any other failure counts as an attempt with backoff, so one bad message never blocks the rest.
            error = describe(e);
        }
        Instant now = clock.instant();
        String failure = error;
        boolean outage = unavailable;
        try {
            claims.record(email.getId(), claim, e -> {
                        if (outage) {
                            e.serverUnavailable(failure, now);
                        } else if (failure == null) {
                            e.sent(now);
                        } else {
                            e.failed(
                                    failure,
                                    now,
                                    settings.firstRetryDelay(),
                                    settings.longestRetryDelay(),
                                    settings.maxAttempts());
                        }
                    })
                    .ifPresentOrElse(
                            e -> counted(e, outage ? null : failure, outage),
                            () -> log.warn(
                                    "Email {} was taken over by another server before {} recorded its delivery",
                                    email.getId(),
                                    instance));
        } catch (RuntimeException e) {
            // Handed over (or not) but not recorded: left claimed, so only the lease can put it back.
            log.warn(
                    "Email {} delivered by {} but its outcome could not be recorded: {}",
                    email.getId(),
                    instance,
                    e.toString());
            return outage ? Outcome.SERVER_UNAVAILABLE : Outcome.UNRECORDED;
        }
        return outage ? Outcome.SERVER_UNAVAILABLE : Outcome.RECORDED;
    }

    private void counted(OutboundEmail email, String failure, boolean outage) {
        if (outage) {
            meters.counter("roundtable.mail", "outcome", "server-unavailable").increment();
            log.warn(
                    "SMTP server unavailable; email {} waits, no attempt counted: {}",
                    email.getId(),
                    email.getLastError());
            return;
        }
        if (failure == null) {
            meters.counter("roundtable.mail", "outcome", "sent").increment();
            return;
        }
        meters.counter("roundtable.mail", "outcome", email.getStatus() == EmailStatus.DEAD ? "dead" : "retry")
                .increment();
        log.warn(
                "Email {} to {} not delivered (attempt {}, now {}): {}",
                email.getId(),
                email.getRecipient(),
                email.getAttempts(),
                email.getStatus(),
                failure);
    }

    /** The whole chain ("Exception reading response: Read timed out"), as the outermost message alone rarely says why. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < OutboundEmail.MAX_ERROR; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : ": ").append(message);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    String instance() {
        return instance;
    }

    private static String newLife() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }

    /** As ShedLock names a server that was given no name: its host name. */
    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "roundtable");
        }
    }
}
