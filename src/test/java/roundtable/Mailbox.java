package roundtable;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import roundtable.notifications.OutboxTestSupport;

/** Reads what the SMTP server received, waiting for the background sender. */
public final class Mailbox {

    private Mailbox() {}

    public static List<MimeMessage> to(GreenMail server, String recipient, int atLeast, Duration within) {
        return to(server, recipient, "", atLeast, within);
    }

    /** The decoded text of every text part (plain and HTML), as a reader would see it. */
    public static String body(MimeMessage message) {
        try {
            return text(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String part(MimeMessage message, String mimeType) {
        try {
            return find(message.getContent(), mimeType);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The calendar attached to a message (iCalendar text), or null when it has none. */
    public static String calendar(MimeMessage message) {
        try {
            BodyPart part = calendarPart(message.getContent());
            return part == null ? null : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/calendar part of a message (its Content-Type names the METHOD), or null. */
    public static BodyPart calendarPart(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/calendar")) {
                    return part;
                }
                BodyPart nested = calendarPart(part.getContent());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static String find(Object content, String mimeType) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(mimeType)) {
                    return (String) part.getContent();
                }
                String nested = find(part.getContent(), mimeType);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String s) {
            return s;
        }
        StringBuilder all = new StringBuilder();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i).getContent())).append('\n');
            }
        }
        return all.toString();
    }

    /** The first sign-in link in a message's text. */
    public static String signInLink(MimeMessage message) {
        String text = body(message);
        var matcher = Pattern.compile("https?://[^\\s\"<]+/signin/link\\?token=[A-Za-z0-9-]+")
                .matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No sign-in link in: " + text);
        }
        return matcher.group();
    }

    /** The first absolute link in a message's text whose path starts with {@code pathPrefix}. */
    public static String link(MimeMessage message, String pathPrefix) {
        String text = body(message);
        var matcher = Pattern.compile("https?://[^\\s\"<]+" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_.~-]+")
                .matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No " + pathPrefix + " link in: " + text);
        }
        return matcher.group();
    }

    /**
     * The newest link with this path in a message to one address whose subject contains the
     * given words, waiting for it (other messages with the same words may arrive first).
     */
    public static String awaitLink(
            GreenMail server, String recipient, String subjectContains, String pathPrefix, Duration within) {
        AtomicReference<MimeMessage> newest = new AtomicReference<>();
        try {
            waitFor(within, () -> {
                newest.set(matching(server, recipient, subjectContains).stream()
                        .filter(m -> body(m).contains(pathPrefix))
                        .reduce((first, second) -> second)
                        .orElse(null));
                return newest.get() != null;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No " + pathPrefix + " link to " + recipient + " within " + within);
        }
        return link(newest.get(), pathPrefix);
    }

    /**
     * Messages to one address whose subject contains the given words, once there are at least
     * {@code atLeast} of them or {@code within} has passed (then what there is: callers assert on it).
     */
    public static List<MimeMessage> to(
            GreenMail server, String recipient, String subjectContains, int atLeast, Duration within) {
        if (atLeast > 0) {
            try {
                waitFor(
                        within,
                        () -> matching(server, recipient, subjectContains).size() >= atLeast);
            } catch (ConditionTimeoutException e) {
                // The caller's assertion says what was missing.
            }
        }
        return matching(server, recipient, subjectContains);
    }

    /**
     * Polls often, and delivers what the outbox holds due at each poll on the test's own thread
     * (in a Spring test), so a wait lasts as long as the listeners take rather than the sender's round.
     */
    private static void waitFor(Duration within, Callable<Boolean> arrived) {
        Awaitility.await()
                .atMost(within)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .pollInSameThread()
                .until(() -> {
                    if (arrived.call()) {
                        return true;
                    }
                    ActiveContext.find().ifPresent(OutboxTestSupport::deliverDueNow);
                    return arrived.call();
                });
    }

    private static List<MimeMessage> matching(GreenMail server, String recipient, String subjectContains) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> isTo(m, recipient) && subject(m).contains(subjectContains))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
