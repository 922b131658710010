package roundtable.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.Titles;
import roundtable.meetings.AgendaItemSummary;
import roundtable.meetings.AgendaService;
import roundtable.meetings.AttachmentService;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * The agenda of one meeting for its chair, vice-chair and secretary: add, edit and remove
 * items, attach papers, and put items in order by dragging one onto another or with each
 * item's Move up / Move down buttons, which keep the keyboard focus on the moved item and
 * say where it went.
 */
@Route("manage/meetings/:" + AgendaEditorView.MEETING_ID + "/agenda")
@PermitAll
public class AgendaEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String MEETING_ID = "meetingId";

    private final AgendaService agenda;
    private final AttachmentService attachments;
    private final MeetingService meetings;
    private final OrderedList items = new OrderedList();
    private final Paragraph announcer = new Paragraph();
    private final Button add = new Button();
    private MeetingSummary meeting;

    AgendaEditorView(AgendaService agenda, AttachmentService attachments, MeetingService meetings) {
        this.agenda = agenda;
        this.attachments = attachments;
        this.meetings = meetings;
        addClassName("page");
        items.addClassName("agenda-editor");
        items.setId("agenda-items");
        items.getElement().setAttribute("aria-label", getTranslation("agenda.editor.items"));
        // Read out after each move or removal, so a screen reader user hears where the item went.
        announcer.getElement().setAttribute("role", "status");
        announcer.addClassName("visually-hidden");
        announcer.setId("agenda-announcer");
        add.setText(getTranslation("agenda.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-agenda-item");
        add.addClickListener(e -> new AgendaItemDialog(agenda, meeting.id(), null, this::saved).open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong(MEETING_ID).orElse(null);
        meeting = id == null
                ? null
                : meetings.find(id).filter(m -> agenda.mayEdit(m.id())).orElse(null);
        if (meeting == null) {
            throw new NotFoundException();
        }
        removeAll();
        RouterLink back = new RouterLink(getTranslation("agenda.editor.back"), MeetingView.class, meeting.id());
        back.addClassName("back-link");
        add(
                back,
                new H1(getTranslation("agenda.editor.title", meeting.title())),
                new Paragraph(getTranslation("agenda.editor.help")),
                add,
                announcer,
                items);
        render();
    }

    private void saved(long itemId) {
        render();
        focusFirst(itemId, c -> c.edit);
    }

    /** Draws the agenda afresh from the database, so what is shown is what others see. */
    private List<Card> render() {
        items.removeAll();
        List<AgendaItemSummary> agendaItems = agenda.agendaOf(meeting.id());
        if (agendaItems.isEmpty()) {
            items.add(new ListItem(getTranslation("agenda.editor.empty")));
        }
        List<Card> cards = agendaItems.stream()
                .map(item -> new Card(item, agendaItems.size()))
                .toList();
        cards.forEach(items::add);
        return cards;
    }

    private void focusFirst(long itemId, Function<Card, Button> button) {
        items.getChildren()
                .filter(Card.class::isInstance)
                .map(Card.class::cast)
                .filter(c -> c.item.id() == itemId)
                .findFirst()
                .ifPresent(c -> button.apply(c).focus());
    }

    private void move(AgendaItemSummary item, int to, boolean byKeyboard) {
        if (!change(() -> agenda.moveAgendaItem(item.id(), to))) {
            return;
        }
        int count = render().size();
        announce(getTranslation("agenda.item.moved", item.title(), to, count));
        if (byKeyboard) {
            // Stay on the same kind of button unless the item reached an end, where that one is disabled.
            boolean wentUp = to < item.number();
            focusFirst(item.id(), c -> wentUp ? (to == 1 ? c.down : c.up) : (to == count ? c.up : c.down));
        }
    }

    private void confirmRemove(AgendaItemSummary item) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("agenda.item.remove.confirm.title", item.title()));
        confirm.setText(getTranslation(
                "agenda.item.remove.confirm.text", item.attachments().size()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("agenda.item.remove.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (change(() -> agenda.removeAgendaItem(item.id(), item.version()))) {
                render();
                announce(getTranslation("agenda.item.removed", item.title()));
                add.focus();
            }
        });
        confirm.open();
    }

    /** Runs a change; if someone else changed the agenda first, says so and shows their version. */
    private boolean change(Runnable action) {
        try {
            action.run();
            return true;
        } catch (OptimisticLockingFailureException stale) {
            render();
            notify(getTranslation("agenda.agenda-changed"));
        } catch (RuleViolationException refused) {
            render();
            notify(getTranslation(refused.messageKey(), refused.arguments()));
        }
        return false;
    }

    private void notify(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private void announce(String text) {
        announcer.setText(text);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "agenda.editor.title", meeting == null ? "" : meeting.title());
    }

    /** One item: drag it onto another to take that one's place, or use its buttons. */
    private final class Card extends ListItem {

        private static final long serialVersionUID = 1L;

        final AgendaItemSummary item;
        final Button up;
        final Button down;
        final Button edit;
        final Button files;

        Card(AgendaItemSummary item, int count) {
            this.item = item;
            addClassName("card");
            addClassName("agenda-card");
            setId("agenda-item-" + item.id());
            Span handle = new Span(VaadinIcon.ELLIPSIS_DOTS_V.create());
            handle.addClassName("drag-handle");
            handle.getElement().setAttribute("title", getTranslation("agenda.item.drag"));
            handle.getElement().setAttribute("aria-hidden", "true");
            Span number = new Span(getTranslation("agenda.item.number", item.number()));
            number.addClassName("agenda-number");
            H2 title = new H2(item.title());
            Div head = new Div(handle, number, title);
            head.addClassName("agenda-card-head");
            add(head);
            String details = AgendaSection.details(this, item);
            if (!details.isEmpty()) {
                add(new Paragraph(details));
            }

            up = action(
                    "agenda.item.move-up", VaadinIcon.ARROW_UP, "move-up", () -> move(item, item.number() - 1, true));
            up.setEnabled(item.number() > 1);
            down = action(
                    "agenda.item.move-down",
                    VaadinIcon.ARROW_DOWN,
                    "move-down",
                    () -> move(item, item.number() + 1, true));
            down.setEnabled(item.number() < count);
            edit = action(
                    "agenda.item.edit",
                    VaadinIcon.EDIT,
                    "edit",
                    () -> new AgendaItemDialog(agenda, meeting.id(), item, AgendaEditorView.this::saved).open());
            Button files = action(
                    "agenda.item.files",
                    VaadinIcon.PAPERCLIP,
                    "files",
                    () -> new AttachmentsDialog(attachments, item, () -> {
                                render();
                                focusFirst(item.id(), c -> c.files);
                            })
                            .open());
            this.files = files;
            Button remove = action("agenda.item.remove", VaadinIcon.TRASH, "remove", () -> confirmRemove(item));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div actions = new Div(up, down, edit, files, remove);
            actions.addClassName("agenda-card-actions");
            add(actions);

            DragSource<Card> drag = DragSource.create(this);
            drag.setDragData(item.id());
            drag.setEffectAllowed(EffectAllowed.MOVE);
            DropTarget<Card> drop = DropTarget.create(this);
            drop.setDropEffect(DropEffect.MOVE);
            drop.addDropListener(e -> e.getDragData()
                    .filter(Long.class::isInstance)
                    .map(Long.class::cast)
                    .filter(dragged -> dragged != item.id())
                    .flatMap(dragged -> agendaItem(dragged))
                    .ifPresent(dragged -> move(dragged, item.number(), false)));
        }

        /** A button whose spoken name starts with its visible words and then names the item (WCAG 2.5.3). */
        private Button action(String key, VaadinIcon icon, String idPart, Runnable run) {
            int attachments = item.attachments().size();
            Button button = new Button(getTranslation(key, attachments), icon.create(), e -> run.run());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("aria-label", getTranslation(key + ".for", item.title(), attachments));
            button.setId(idPart + "-" + item.id());
            return button;
        }
    }

    private Optional<AgendaItemSummary> agendaItem(long id) {
        return items.getChildren()
                .filter(Card.class::isInstance)
                .map(c -> ((Card) c).item)
                .filter(i -> i.id() == id)
                .findFirst();
    }
}
