package roundtable.attendance.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import roundtable.attendance.RsvpState;
import roundtable.attendance.checkin.AttendanceMode;
import roundtable.attendance.checkin.Attendee;
import roundtable.attendance.checkin.AttendeeKind;
import roundtable.attendance.checkin.CheckInOutcome;
import roundtable.attendance.checkin.CheckInService;
import roundtable.attendance.checkin.CheckInSheet;
import roundtable.attendance.checkin.CheckInSheets;
import roundtable.attendance.checkin.Headcount;
import roundtable.attendance.checkin.NameMatch;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Dates;
import roundtable.base.ui.Titles;
import roundtable.meetings.ui.MeetingView;

/**
 * The secretary at the door, often on a phone: find a name, mark them here in person or online (or
 * undo a wrong tap), add walk-ins, and see the headcount and whether there is a quorum. Who may use
 * it is the service's decision; others find no such page.
 */
@Route("manage/meetings/:" + CheckInView.MEETING_ID + "/check-in")
@PermitAll
public class CheckInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String MEETING_ID = "meetingId";

    private final CheckInService checkIns;
    private final CheckInSheets sheets;
    private final TextField search = new TextField();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph presence = new Paragraph();
    private final Paragraph quorum = new Paragraph();
    private final Paragraph showing = new Paragraph();
    private final Paragraph announcer = new Paragraph();
    private WalkInForm walkIn;
    private CheckInSheet sheet;

    CheckInView(CheckInService checkIns, CheckInSheets sheets) {
        this.checkIns = checkIns;
        this.sheets = sheets;
        addClassName("page");
        addClassName("check-in");
        presence.setId("check-in-presence");
        presence.addClassName("check-in-presence");
        quorum.setId("check-in-quorum");
        search.setId("check-in-search");
        search.setLabel(getTranslation("checkin.search"));
        search.setHelperText(getTranslation("checkin.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAutocomplete(Autocomplete.OFF);
        search.addValueChangeListener(e -> renderList());
        showing.setId("check-in-showing");
        showing.addClassName("meta");
        list.setId("check-in-list");
        list.addClassName("check-in-list");
        list.getElement().setAttribute("aria-labelledby", "check-in-list-heading");
        // Says what a tap did, for a screen reader: the row it was on is drawn afresh.
        announcer.getElement().setAttribute("role", "status");
        announcer.addClassName("visually-hidden");
        announcer.setId("check-in-announcer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong(MEETING_ID).orElse(null);
        if (id == null) {
            throw new NotFoundException();
        }
        try {
            sheet = sheets.checkInSheet(id);
        } catch (AccessDeniedException notTheirs) {
            throw new NotFoundException();
        }
        removeAll();
        RouterLink back = new RouterLink(getTranslation("checkin.back"), MeetingView.class, id);
        back.addClassName("back-link");
        Paragraph when = new Paragraph(
                Dates.span(sheet.meeting().startsAt(), sheet.meeting().durationMinutes(), getLocale()));
        when.addClassName("meta");
        add(back, new H1(getTranslation("checkin.title", sheet.meeting().title())), when);
        if (!sheet.open()) {
            add(windowNotice());
        }
        Div counts = new Div(presence, quorum);
        counts.setId("check-in-counts");
        counts.addClassName("check-in-counts");
        counts.getElement().setAttribute("role", "status");
        H2 listHeading = new H2(getTranslation("checkin.list"));
        listHeading.setId("check-in-list-heading");
        add(counts, listHeading, search, showing, list);
        if (sheet.open()) {
            walkIn = new WalkInForm(checkIns, id, this::walkInAdded);
            add(walkIn);
        }
        add(announcer);
        render();
    }

    private Paragraph windowNotice() {
        String text = switch (sheet.window()) {
            case NOT_YET -> getTranslation("checkin.opens-at", Dates.dateTime(sheet.opensAt(), getLocale()));
            case CLOSED -> getTranslation("checkin.closed-at", Dates.dateTime(sheet.closesAt(), getLocale()));
            default -> getTranslation("checkin.error.not-held");
        };
        Paragraph notice = new Paragraph(text);
        notice.setId("check-in-window");
        notice.addClassNames("notice", "notice-warning");
        return notice;
    }

    /** Reads the sheet again, so what is shown includes what another secretary did meanwhile. */
    private void refresh() {
        sheet = sheets.checkInSheet(sheet.meeting().id());
        render();
    }

    private void render() {
        Headcount count = sheet.headcount();
        // Three parts that each stay whole where they can, so a phone breaks the line between them.
        presence.removeAll();
        presence.add(
                new Span(getTranslation("checkin.presence.people", count.present(), count.inPerson(), count.online())),
                new Text(" · "),
                new Span(getTranslation(
                        "checkin.presence.voting",
                        count.quorum().votingPresent(),
                        count.quorum().votingSeatsFilled())),
                new Text(" · "),
                new Span(
                        getTranslation("checkin.presence.needed", count.quorum().needed())));
        quorum.setText(
                count.quorum().met()
                        ? getTranslation("checkin.quorum.met")
                        : getTranslation(
                                "checkin.quorum.not-met", count.quorum().stillNeeded()));
        quorum.setClassName("notice quorum " + (count.quorum().met() ? "notice-success" : "notice-warning"));
        renderList();
    }

    private void renderList() {
        list.removeAll();
        String query = search.getValue().strip();
        List<CheckInSheet.Entry> shown = sheet.entries().stream()
                .filter(e -> NameMatch.matches(nameOf(e), query))
                .toList();
        shown.forEach(e -> list.add(new Row(e)));
        showing.setText(
                query.isEmpty()
                        ? ""
                        : getTranslation(
                                "checkin.showing", shown.size(), sheet.entries().size()));
        showing.setVisible(!query.isEmpty());
        if (sheet.entries().isEmpty()) {
            list.add(new ListItem(getTranslation("checkin.empty")));
        } else if (shown.isEmpty()) {
            ListItem none = new ListItem(new Span(getTranslation("checkin.no-match", query)));
            none.setId("check-in-no-match");
            if (walkIn != null) {
                Button start = new Button(getTranslation("checkin.add-as-walk-in", query), e -> walkIn.start(query));
                start.setId("check-in-start-walk-in");
                start.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                none.add(start);
            }
            list.add(none);
        }
    }

    private String nameOf(CheckInSheet.Entry entry) {
        return entry.name() == null ? getTranslation("people.former-member") : entry.name();
    }

    private void act(CheckInSheet.Entry entry, Supplier<CheckInOutcome> action, String doneKey, String alreadyKey) {
        String name = nameOf(entry);
        try {
            CheckInOutcome outcome = action.get();
            refresh();
            announcer.setText(getTranslation(outcome == CheckInOutcome.DONE ? doneKey : alreadyKey, name));
            if (outcome == CheckInOutcome.ALREADY_SO) {
                notice(getTranslation(alreadyKey, name));
            }
        } catch (OptimisticLockingFailureException stale) {
            refresh();
            notice(getTranslation("checkin.changed", name));
        } catch (RuleViolationException refused) {
            refresh();
            notice(getTranslation(refused.messageKey(), refused.arguments()));
        }
        focusRow(entry.who());
    }

    private void walkInAdded(String name, CheckInOutcome outcome) {
        search.clear();
        refresh();
        String text = getTranslation(
                outcome == CheckInOutcome.DONE ? "checkin.walk-in.added" : "checkin.walk-in.already", name);
        announcer.setText(text);
        if (outcome == CheckInOutcome.ALREADY_SO) {
            notice(text);
        }
        walkIn.focus();
    }

    /** Keeps the keyboard where it was: on the row acted on, or the search when that row has gone. */
    private void focusRow(Attendee who) {
        list.getChildren()
                .filter(Row.class::isInstance)
                .map(Row.class::cast)
                .filter(r -> r.entry.who().equals(who))
                .findFirst()
                .ifPresentOrElse(Row::focus, search::focus);
    }

    private void notice(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(
                this, "checkin.title", sheet == null ? "" : sheet.meeting().title());
    }

    /** One person: who they are, whether they are checked in (in words), and the buttons for a thumb. */
    private final class Row extends ListItem {

        private static final long serialVersionUID = 1L;

        final CheckInSheet.Entry entry;
        private Button first;

        Row(CheckInSheet.Entry entry) {
            this.entry = entry;
            String name = nameOf(entry);
            addClassName("check-in-row");
            setId("check-in-" + rowId(entry.who()));
            Span nameText = new Span(name);
            nameText.addClassName("check-in-name");
            Span about = new Span(about(entry));
            about.addClassName("meta");
            Div who = new Div(nameText, about);
            who.addClassName("check-in-who");
            Span state = new Span();
            state.addClassNames("badge", "check-in-state");
            if (entry.checkedIn()) {
                addClassName("checked-in");
                var check = VaadinIcon.CHECK.create();
                check.getElement().setAttribute("aria-hidden", "true");
                state.add(
                        check,
                        new Span(getTranslation(
                                entry.mode() == AttendanceMode.IN_PERSON
                                        ? "checkin.state.in-person"
                                        : "checkin.state.online")));
            } else {
                state.setText(getTranslation("checkin.state.not-yet"));
            }
            add(who, state);
            if (sheet.open()) {
                Div actions = new Div();
                actions.addClassName("check-in-actions");
                if (entry.mode() != AttendanceMode.IN_PERSON) {
                    actions.add(button(
                            "checkin.here",
                            "here",
                            !entry.checkedIn(),
                            () -> act(
                                    entry,
                                    () -> checkIns.checkIn(
                                            sheet.meeting().id(),
                                            entry.who(),
                                            AttendanceMode.IN_PERSON,
                                            entry.version()),
                                    "checkin.done.in-person",
                                    "checkin.already-in")));
                }
                if (entry.mode() != AttendanceMode.ONLINE) {
                    actions.add(button(
                            "checkin.online",
                            "online",
                            false,
                            () -> act(
                                    entry,
                                    () -> checkIns.checkIn(
                                            sheet.meeting().id(), entry.who(), AttendanceMode.ONLINE, entry.version()),
                                    "checkin.done.online",
                                    "checkin.already-in")));
                }
                if (entry.checkedIn()) {
                    actions.add(button(
                            "checkin.undo",
                            "undo",
                            false,
                            () -> act(
                                    entry,
                                    () -> checkIns.undoCheckIn(sheet.meeting().id(), entry.who(), entry.version()),
                                    "checkin.done.undone",
                                    "checkin.already-out")));
                }
                add(actions);
            }
        }

        /** A button whose spoken name starts with its visible words and then names the person (WCAG 2.5.3). */
        private Button button(String key, String idPart, boolean primary, Runnable run) {
            Button button = new Button(getTranslation(key), e -> run.run());
            button.addThemeVariants(primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            button.getElement().setAttribute("aria-label", getTranslation(key + ".for", nameOf(entry)));
            button.setId(idPart + "-" + rowId(entry.who()));
            if (first == null) {
                first = button;
            }
            return button;
        }

        void focus() {
            if (first != null) {
                first.focus();
            }
        }

        private String about(CheckInSheet.Entry e) {
            String kind = switch (e.kind()) {
                case MEMBER -> getTranslation(e.votingMember() ? "checkin.kind.voting-member" : "checkin.kind.member");
                case ATTENDEE -> getTranslation("checkin.kind.attendee");
                case GUEST -> getTranslation("checkin.kind.guest");
                case WALK_IN -> getTranslation("checkin.kind.walk-in");
            };
            if (e.kind() == AttendeeKind.WALK_IN) {
                return kind;
            }
            return kind + " · " + rsvp(e);
        }

        private String rsvp(CheckInSheet.Entry e) {
            if (e.rsvp() == null) {
                return getTranslation("checkin.rsvp.none");
            }
            if (e.rsvpState() == RsvpState.WAITLISTED) {
                return getTranslation("checkin.rsvp.waitlisted");
            }
            return switch (e.rsvp()) {
                case IN_PERSON -> getTranslation("checkin.rsvp.in-person");
                case ONLINE -> getTranslation("checkin.rsvp.online");
                case NOT_ATTENDING -> getTranslation("checkin.rsvp.not-attending");
                case MAYBE -> getTranslation("checkin.rsvp.maybe");
            };
        }
    }

    /** Stable ids per person, for tests and for keeping focus: person-12, guest-5, walk-in-7. */
    static String rowId(Attendee who) {
        if (who.personId() != null) {
            return "person-" + who.personId();
        }
        return who.rsvpId() != null ? "guest-" + who.rsvpId() : "walk-in-" + who.walkInId();
    }
}
