package roundtable.notifications.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.Role;
import roundtable.base.ui.Titles;
import roundtable.notifications.EmailStatus;
import roundtable.notifications.NotificationService;
import roundtable.notifications.OutboxEntry;

/** Every email Roundtable has promised, newest first, with what happened to it. */
@Route("admin/outbox")
@Menu(title = "nav.outbox", order = 60, icon = "vaadin:envelopes")
@RolesAllowed(Role.ADMIN_NAME)
class OutboxView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    OutboxView(NotificationService notifications, RoundtableProperties properties) {
        addClassName("page");
        ZoneId zone = properties.defaultTimeZone();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        Paragraph counts = new Paragraph(getTranslation("outbox.counts", notifications.count(EmailStatus.QUEUED),
                notifications.count(EmailStatus.RETRYING), notifications.count(EmailStatus.SENT),
                notifications.count(EmailStatus.DEAD)));
        Grid<OutboxEntry> grid = new Grid<>();
        grid.addColumn(e -> format.format(e.createdAt().atZone(zone))).setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.recipient"));
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation("outbox.status." + e.status().name().toLowerCase()))
                .setHeader(getTranslation("outbox.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setHeader(getTranslation("outbox.error"));
        grid.setItems(q -> notifications.outbox(q.getOffset(), q.getLimit()).stream(),
                q -> (int) notifications.countOutbox());
        grid.setAriaLabel(getTranslation("outbox.title"));
        add(new H1(getTranslation("outbox.title")), counts, grid);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "outbox.title");
    }
}
