package roundtable;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Reads what the SMTP server received, waiting for the background sender. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> to(GreenMail server, String recipient, int atLeast, Duration within) {
        return to(server, recipient, "", atLeast, within);
    }

    /** The decoded text of every text part (plain and HTML), as a reader would see it. */
    public static String body(MimeMessage message) {
        try {
            return text(message.getContent());
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String part(MimeMessage message, String mimeType) {
        try {
            return find(message.getContent(), mimeType);
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The calendar attached to a message (iCalendar text), or null when it has none. */
    public static String calendar(MimeMessage message) {
        try {
            jakarta.mail.BodyPart part = calendarPart(message.getContent());
            return part == null ? null
                    : new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/calendar part of a message (its Content-Type names the METHOD), or null. */
    public static jakarta.mail.BodyPart calendarPart(Object content) throws MessagingException, java.io.IOException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/calendar")) {
                    return part;
                }
                jakarta.mail.BodyPart nested = calendarPart(part.getContent());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static String find(Object content, String mimeType) throws MessagingException, java.io.IOException {
        if (content instanceof jakarta.mail.Multipart multipart) {
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

    private static String text(Object content) throws MessagingException, java.io.IOException {
        if (content instanceof String s) {
            return s;
        }
        StringBuilder all = new StringBuilder();
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i).getContent())).append('\n');
            }
        }
        return all.toString();
    }

    /** The first sign-in link in a message's text. */
    public static String signInLink(MimeMessage message) {
        String text = body(message);
        var matcher = java.util.regex.Pattern.compile("https?://[^\\s\"<]+/signin/link\\?token=[A-Za-z0-9-]+").matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No sign-in link in: " + text);
        }
        return matcher.group();
    }

    /** The first absolute link in a message's text whose path starts with {@code pathPrefix}. */
    public static String link(MimeMessage message, String pathPrefix) {
        String text = body(message);
        var matcher = java.util.regex.Pattern.compile("https?://[^\\s\"<]+" + java.util.regex.Pattern.quote(pathPrefix)
                + "[A-Za-z0-9_.~-]+").matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No " + pathPrefix + " link in: " + text);
        }
        return matcher.group();
    }

    /**
     * The newest link with this path in a message to one address whose subject contains the
     * given words, waiting for it (other messages with the same words may arrive first).
     */
    public static String awaitLink(GreenMail server, String recipient, String subjectContains, String pathPrefix,
            Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            var found = to(server, recipient, subjectContains, 0, Duration.ZERO).stream()
                    .filter(m -> body(m).contains(pathPrefix)).reduce((first, second) -> second);
            if (found.isPresent() || Instant.now().isAfter(deadline)) {
                return link(found.orElseThrow(() -> new AssertionError("No " + pathPrefix + " link to " + recipient)),
                        pathPrefix);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        }
    }

    /** Messages to one address whose subject contains the given words, waiting for the background sender. */
    public static List<MimeMessage> to(GreenMail server, String recipient, String subjectContains, int atLeast, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            List<MimeMessage> found = Arrays.stream(server.getReceivedMessages())
                    .filter(m -> isTo(m, recipient) && subject(m).contains(subjectContains)).toList();
            if (found.size() >= atLeast || Instant.now().isAfter(deadline)) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
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
