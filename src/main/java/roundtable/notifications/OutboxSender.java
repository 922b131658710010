package roundtable.notifications;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import roundtable.base.RoundtableProperties;

/**
 * Delivers queued emails in the background, one transaction per message, so one bad
 * address or a slow server never holds up a user's click or the other messages.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboundEmailRepository emails;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final MailProperties settings;
    private final RoundtableProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    OutboxSender(OutboundEmailRepository emails, JavaMailSender mail, TransactionTemplate transactions,
            MailProperties settings, RoundtableProperties properties, Clock clock, MeterRegistry meters) {
        this.emails = emails;
        this.mail = mail;
        this.transactions = transactions;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${roundtable.mail.poll-interval:PT2S}")
    void deliverDue() {
        List<Long> due = emails.due(clock.instant(), PageRequest.of(0, settings.batchSize()));
        due.forEach(this::deliver);
    }

    void deliver(long id) {
        transactions.executeWithoutResult(tx -> emails.findById(id).ifPresent(email -> {
            if (email.getStatus() == EmailStatus.SENT || email.getStatus() == EmailStatus.DEAD) {
                return;
            }
            try {
                mail.send(toMime(email));
                email.sent(clock.instant());
                meters.counter("roundtable.mail", "outcome", "sent").increment();
            } catch (MessagingException | RuntimeException e) {
                // Any failure counts as an attempt with backoff, so one bad message never blocks the rest.
                email.failed(e.getMessage(), clock.instant(), settings.firstRetryDelay(), settings.maxAttempts());
                meters.counter("roundtable.mail", "outcome", email.getStatus() == EmailStatus.DEAD ? "dead" : "retry")
                        .increment();
                log.warn("Email {} to {} not delivered (attempt {}, now {}): {}", id, email.getRecipient(),
                        email.getAttempts(), email.getStatus(), e.getMessage());
            }
        }));
    }

    private MimeMessage toMime(OutboundEmail email) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        try {
            helper.setFrom(new InternetAddress(properties.mailFrom()));
        } catch (jakarta.mail.internet.AddressException e) {
            throw new MessagingException("Bad sender address " + properties.mailFrom(), e);
        }
        helper.setTo(email.getRecipient());
        helper.setSubject(email.getSubject());
        helper.setText(email.getTextBody(), email.getHtmlBody());
        return message;
    }
}
