package roundtable.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.Role;
import roundtable.base.ui.PhoneColumns;
import roundtable.base.ui.Titles;
import roundtable.notifications.EmailStatus;
import roundtable.notifications.NotificationService;
import roundtable.notifications.OutboxEntry;

/**
 * Every email Roundtable has promised, newest first, with what happened to it; filtered by
 * state and paged from the database. The subject opens the message.
 */
@Route("admin/outbox")
@Menu(title = "nav.outbox", order = 60, icon = "vaadin:envelopes")
@RolesAllowed(Role.ADMIN_NAME)
class OutboxView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient NotificationService notifications;
    private final Paragraph counts = new Paragraph();
    private final Button sendAllAgain = new Button(getTranslation("outbox.sendAllAgain"));

    OutboxView(NotificationService notifications, RoundtableProperties properties) {
        this.notifications = notifications;
        addClassName("page");
        ZoneId zone = properties.defaultTimeZone();
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());

        Select<EmailStatus> state = new Select<>();
        state.setId("outbox-state");
        state.setLabel(getTranslation("outbox.filter"));
        state.setItems(EmailStatus.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("outbox.filter.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("outbox.filter.all") : stateLabel(s));

        Grid<OutboxEntry> grid = new Grid<>();
        grid.setId("outbox-grid");
        var summary = grid.addComponentColumn(e -> PhoneColumns.summary(
                        subject(e),
                        PhoneColumns.line(getTranslation("outbox.recipient") + ": " + e.recipient()),
                        PhoneColumns.line(format.format(e.createdAt().atZone(zone)) + " · " + stateLabel(e.status())
                                + " · " + getTranslation("outbox.attempts") + ": " + e.attempts()),
                        PhoneColumns.line(e.lastError())))
                .setHeader(getTranslation("outbox.subject"));
        PhoneColumns.collapse(
                grid,
                summary,
                List.of(
                        grid.addColumn(e -> format.format(e.createdAt().atZone(zone)))
                                .setHeader(getTranslation("outbox.created"))
                                .setAutoWidth(true)
                                .setFlexGrow(0),
                        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.recipient")),
                        grid.addComponentColumn(this::subject)
                                .setHeader(getTranslation("outbox.subject"))
                                .setFlexGrow(2)
                                .setKey("subject"),
                        grid.addColumn(e -> stateLabel(e.status()))
                                .setHeader(getTranslation("outbox.status"))
                                .setAutoWidth(true)
                                .setFlexGrow(0)
                                .setKey("status"),
                        grid.addColumn(OutboxEntry::attempts)
                                .setHeader(getTranslation("outbox.attempts"))
                                .setAutoWidth(true)
                                .setFlexGrow(0)
                                .setKey("attempts"),
                        grid.addColumn(e -> when(e.lastAttemptAt(), zone, format))
                                .setHeader(getTranslation("outbox.lastAttempt"))
                                .setAutoWidth(true)
                                .setFlexGrow(0),
                        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError())
                                .setHeader(getTranslation("outbox.error"))
                                .setKey("error")));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("outbox.title"));
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        var data = grid.setItems(DataProvider.fromCallbacks(
                q -> notifications.outbox(state.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) notifications.countOutbox(state.getValue())));

        Button refresh = new Button(getTranslation("outbox.refresh"), VaadinIcon.REFRESH.create(), e -> {
            data.refreshAll();
            showCounts();
        });
        refresh.setId("outbox-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        state.addValueChangeListener(e -> data.refreshAll());
        sendAllAgain.setId("outbox-send-all-again");
        sendAllAgain.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        sendAllAgain.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("outbox.sendAllAgain.title"),
                    getTranslation(
                            "outbox.sendAllAgain.text", notifications.counts().get(EmailStatus.DEAD)),
                    getTranslation("outbox.sendAllAgain.confirm"),
                    done -> {
                        int queued = notifications.sendAllFailedAgain();
                        Notification.show(getTranslation("outbox.sendAllAgain.done", queued));
                        data.refreshAll();
                        showCounts();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setId("outbox-send-all-again-confirm");
            confirm.open();
        });
        HorizontalLayout tools = new HorizontalLayout(state, refresh, sendAllAgain);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        counts.setId("outbox-counts");
        showCounts();
        add(new H1(getTranslation("outbox.title")));
        if (notifications.deliversToEmbeddedServer()) {
            Paragraph embedded = new Paragraph(getTranslation("outbox.embedded"));
            embedded.setId("outbox-embedded");
            add(embedded);
        }
        add(counts, tools, grid);
    }

    private void showCounts() {
        Map<EmailStatus, Long> n = notifications.counts();
        counts.setText(getTranslation(
                "outbox.counts",
                n.get(EmailStatus.QUEUED),
                n.get(EmailStatus.SENDING),
                n.get(EmailStatus.RETRYING),
                n.get(EmailStatus.SENT),
                n.get(EmailStatus.DEAD)));
        sendAllAgain.setVisible(n.get(EmailStatus.DEAD) > 0);
    }

    private RouterLink subject(OutboxEntry entry) {
        return new RouterLink(
                entry.subject(),
                OutboxMessageView.class,
                new RouteParameters(OutboxMessageView.ID, String.valueOf(entry.id())));
    }

    private String stateLabel(EmailStatus state) {
        return getTranslation("outbox.status." + state.name().toLowerCase(Locale.ROOT));
    }

    private static String when(Instant at, ZoneId zone, DateTimeFormatter format) {
        return at == null ? "" : format.format(at.atZone(zone));
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "outbox.title");
    }
}
