package roundtable.notifications;

import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Dates;
import roundtable.base.security.SignInLinkSender;
import roundtable.people.PersonService;

/** Writes the sign-in link email in the person's own language and leaves it to the outbox. */
@Component
class SignInLinkMailer implements SignInLinkSender {

    private final PersonService people;
    private final MailTemplates templates;
    private final EmailOutbox outbox;
    private final RoundtableProperties properties;

    SignInLinkMailer(
            PersonService people, MailTemplates templates, EmailOutbox outbox, RoundtableProperties properties) {
        this.people = people;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void send(String email, String link, Instant expiresAt) {
        people.recipient(email).ifPresent(recipient -> {
            String expires = Dates.time(
                    expiresAt.atZone(properties.defaultTimeZone()),
                    recipient.language().locale());
            RenderedEmail message = templates.render(
                    "sign-in-link",
                    recipient.email(),
                    recipient.language(),
                    "mail.sign-in.subject",
                    new Object[0],
                    Map.of(
                            "name",
                            recipient.fullName(),
                            "link",
                            link,
                            "expires",
                            expires,
                            "organisation",
                            properties.organisationName()));
            // Each link is its own message, so the link (hashed: the key is not a secret) names it.
            outbox.queue("sign-in:" + IdempotencyKeys.digest(link), message);
        });
    }
}
