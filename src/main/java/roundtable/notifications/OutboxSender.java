package roundtable.notifications;

import java.nio.charset.StandardCharsets;
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

    MimeMessage toMime(OutboundEmail email) throws MessagingException {
        MimeMessage message = new StableIdMessage(mail.createMimeMessage(), messageId(email));
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                "UTF-8");
        try {
            helper.setFrom(new InternetAddress(properties.mailFrom()));
        } catch (jakarta.mail.internet.AddressException e) {
            throw new MessagingException("Bad sender address " + properties.mailFrom(), e);
        }
        helper.setTo(email.getRecipient());
        helper.setSubject(email.getSubject());
        helper.setText(email.getTextBody(), email.getHtmlBody());
        if (email.getListUnsubscribe() != null) {
            // RFC 8058: mail programs offer "Unsubscribe" and POST to the address, no sign-in, no cookie.
            message.setHeader("List-Unsubscribe", "<" + email.getListUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        RenderedEmail.CalendarPart calendar = email.getCalendar();
        if (calendar != null) {
            // Calendar programs read the invitation from the attachment's text/calendar with its METHOD.
            helper.addAttachment(calendar.method().equals("CANCEL") ? "cancel.ics" : "invite.ics",
                    new jakarta.mail.util.ByteArrayDataSource(calendar.ics().getBytes(StandardCharsets.UTF_8),
                            "text/calendar; charset=UTF-8; method=" + calendar.method()));
        }
        return message;
    }

    /**
     * The same message always has the same Message-ID, made from its idempotency key: should a
     * message ever be handed to the server twice (a crash between "accepted" and "recorded as
     * sent"), mail programs and servers see one message, not two.
     */
    private String messageId(OutboundEmail email) {
        String host = java.net.URI.create(properties.publicBaseUrl()).getHost();
        String key = java.util.HexFormat.of().formatHex(sha256(email.getIdempotencyKey()), 0, 16);
        return "<" + key + "@" + (host == null ? "roundtable" : host) + ">";
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Jakarta Mail replaces the Message-ID on save; this keeps the one made from the key. */
    private static final class StableIdMessage extends MimeMessage {

        private final String id;

        StableIdMessage(MimeMessage session, String id) {
            super(session.getSession());
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
