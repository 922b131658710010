package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.base.i18n.Language;

/** What a queued message carries on the wire: its unsubscribe headers, its calendar part, a stable Message-ID. */
@IntegrationTest
class OutboxMessageFormIntegrationTest {

    @Autowired
    EmailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    GreenMail greenMail;

    @Test
    void aListMessageOffersOneClickUnsubscribeAndAnInvitationCarriesItsCalendar() throws Exception {
        String to = "form.check@example.org";
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        transactions.executeWithoutResult(tx -> {
            outbox.queue(
                    "form-check:list",
                    new RenderedEmail(to, Language.ENGLISH, "Minutes published", "Text", "<p>Html</p>")
                            .withListUnsubscribe("https://roundtable.example.org/unsubscribe/abc"));
            outbox.queue(
                    "form-check:invite",
                    new RenderedEmail(to, Language.ENGLISH, "Invitation", "Text", "<p>Html</p>")
                            .withCalendar(new RenderedEmail.CalendarPart("REQUEST", ics)));
        });

        List<MimeMessage> received = Mailbox.to(greenMail, to, 2, Duration.ofSeconds(20));
        MimeMessage list = received.stream()
                .filter(m -> subject(m).equals("Minutes published"))
                .findFirst()
                .orElseThrow();
        assertThat(list.getHeader("List-Unsubscribe", null))
                .isEqualTo("<https://roundtable.example.org/unsubscribe/abc>");
        assertThat(list.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(list.getMessageID()).matches("<[0-9a-f]{32}@[^>]+>");

        MimeMessage invite = received.stream()
                .filter(m -> subject(m).equals("Invitation"))
                .findFirst()
                .orElseThrow();
        assertThat(invite.getHeader("List-Unsubscribe"))
                .as("not a list message")
                .isNull();
        assertThat(Mailbox.body(invite)).contains("Text", "Html");
        assertThat(calendarPart(invite)).contains("METHOD:REQUEST");
        assertThat(alternativeTypes(invite))
                .as("the text, the HTML and the calendar as alternatives")
                .anySatisfy(t -> assertThat(t).startsWith("text/plain"))
                .anySatisfy(t -> assertThat(t).startsWith("text/html"))
                .anySatisfy(t -> assertThat(t).startsWith("text/calendar").contains("method=REQUEST"));
        assertThat(invite.getMessageID()).isNotEqualTo(list.getMessageID());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content types inside the message's multipart/alternative. */
    private static List<String> alternativeTypes(MimeMessage message) throws Exception {
        List<String> types = new ArrayList<>();
        collectAlternatives(message.getContent(), false, types);
        return types;
    }

    private static void collectAlternatives(Object content, boolean inAlternative, List<String> types)
            throws Exception {
        if (content instanceof Multipart multipart) {
            boolean alternative = multipart.getContentType().toLowerCase().startsWith("multipart/alternative");
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (alternative) {
                    types.add(part.getContentType().replaceAll("\\s+", " "));
                } else {
                    collectAlternatives(part.getContent(), false, types);
                }
            }
        }
    }

    private static String calendarPart(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            var part = mixed.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                assertThat(part.getContentType()).contains("method=REQUEST");
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no text/calendar part");
    }
}
