package roundtable.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;
import roundtable.base.RoundtableProperties;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.security.Role;
import roundtable.base.ui.Titles;
import roundtable.notifications.NotificationService;
import roundtable.notifications.OutboxMessage;

/**
 * One email as it was (or will be) sent: its words in plain text, so an administrator can read
 * it without a mail server, and what happened to it. A dead or waiting message can be sent again.
 */
@Route("admin/outbox/:id(\\d+)")
@RolesAllowed(Role.ADMIN_NAME)
class OutboxMessageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ID = "id";

    private final transient NotificationService notifications;
    private final ZoneId zone;
    private String subject = "";

    OutboxMessageView(NotificationService notifications, RoundtableProperties properties) {
        this.notifications = notifications;
        this.zone = properties.defaultTimeZone();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElseThrow(NotFoundException::new);
        show(notifications.message(id).orElseThrow(NotFoundException::new));
    }

    private void show(OutboxMessage message) {
        removeAll();
        subject = message.subject();
        RouterLink back = new RouterLink(getTranslation("outbox.message.back"), OutboxView.class);
        back.addClassName("back-link");

        DescriptionList facts = new DescriptionList();
        facts.setId("outbox-message-facts");
        fact(facts, "outbox.recipient", message.recipient());
        fact(facts, "outbox.message.language", LanguageNames.of(message.language(), getLocale()));
        fact(
                facts,
                "outbox.status",
                getTranslation("outbox.status." + message.status().name().toLowerCase(Locale.ROOT)));
        fact(facts, "outbox.attempts", String.valueOf(message.attempts()));
        fact(facts, "outbox.created", when(message.createdAt()));
        fact(facts, "outbox.lastAttempt", when(message.lastAttemptAt()));
        if (message.sentAt() != null) {
            fact(facts, "outbox.message.sentAt", when(message.sentAt()));
        } else if (message.nextAttemptAt() != null) {
            fact(facts, "outbox.message.nextAttempt", when(message.nextAttemptAt()));
        }
        if (message.claimedBy() != null) {
            fact(facts, "outbox.message.claimedBy", message.claimedBy());
        }
        if (message.lastError() != null) {
            fact(facts, "outbox.error", message.lastError());
        }

        add(back, new H1(getTranslation("outbox.message.title", message.subject())), facts);
        if (message.canSendAgain()) {
            Button again = new Button(getTranslation("outbox.sendAgain"), e -> sendAgain(message));
            again.setId("outbox-send-again");
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(again);
        }
        Pre text = new Pre(message.text());
        text.setId("outbox-message-text");
        text.addClassName("email-text");
        add(new H2(getTranslation("outbox.message.text")), text);
    }

    private void sendAgain(OutboxMessage message) {
        try {
            show(notifications.sendAgain(message.id(), message.version()));
            Notification.show(getTranslation("outbox.sendAgain.done"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuleViolationException refused) {
            refresh(message, refused.messageKey());
        } catch (OptimisticLockingFailureException clash) {
            refresh(message, "outbox.sendAgain.conflict");
        }
    }

    private void refresh(OutboxMessage message, String why) {
        Notification.show(getTranslation(why), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        notifications.message(message.id()).ifPresent(this::show);
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(
                new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(value == null || value.isEmpty() ? "—" : value));
    }

    private String when(Instant at) {
        return at == null ? null : Dates.dateTime(at.atZone(zone), getLocale());
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "outbox.message.title", subject);
    }
}
