package roundtable.notifications;

import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import roundtable.base.RoundtableProperties;

/**
 * An outbox row as the SMTP server receives it: text and HTML, a one-click unsubscribe where the
 * list has one, a calendar invitation where there is one, and a Message-ID that stays the same
 * however often the message is handed over.
 */
final class OutgoingMessages {

    private final JavaMailSender mail;
    private final RoundtableProperties properties;

    OutgoingMessages(JavaMailSender mail, RoundtableProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    MimeMessage toMime(OutboundEmail email) throws MessagingException {
        MimeMessage message = new StableIdMessage(mail.createMimeMessage(), messageId(email));
        MimeMessageHelper helper =
                new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        try {
            helper.setFrom(new InternetAddress(properties.mailFrom()));
        } catch (AddressException e) {
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
            String type = "text/calendar; charset=UTF-8; method=" + calendar.method();
            // Outlook and Apple Mail act on an invitation (add, update, remove the event) when it is an
            // alternative of the text; other programs offer the attached file.
            MimeBodyPart alternative = new MimeBodyPart();
            alternative.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(calendar.ics().getBytes(StandardCharsets.UTF_8), type)));
            alternativeOf(helper).addBodyPart(alternative);
            helper.addAttachment(
                    calendar.method().equals("CANCEL") ? "cancel.ics" : "invite.ics",
                    new ByteArrayDataSource(calendar.ics().getBytes(StandardCharsets.UTF_8), type));
        }
        return message;
    }

    /** The multipart/alternative holding the plain text and the HTML, inside the message's related part. */
    private static MimeMultipart alternativeOf(MimeMessageHelper helper) throws MessagingException {
        try {
            BodyPart holder = helper.getMimeMultipart().getBodyPart(0);
            return (MimeMultipart) holder.getContent();
        } catch (IOException e) {
            throw new MessagingException("No text part to put the calendar beside", e);
        }
    }

    /**
     * The same message always has the same Message-ID, made from its idempotency key: should a
     * message ever be handed to the server twice (a crash between "accepted" and "recorded as
     * sent"), mail programs and servers see one message, not two.
     */
    private String messageId(OutboundEmail email) {
        String host = URI.create(properties.publicBaseUrl()).getHost();
        String key = HexFormat.of().formatHex(sha256(email.getIdempotencyKey()), 0, 16);
        return "<" + key + "@" + (host == null ? "roundtable" : host) + ">";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
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
