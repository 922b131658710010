package roundtable.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import roundtable.base.i18n.Dates;
import roundtable.committees.BodySummary;
import roundtable.meetings.CalendarEntry;

/**
 * A month as a table of weeks by days, each day listing its meetings as links with their time.
 * On a phone the table gives way to a list of only the days that have meetings (CSS swaps them;
 * the hidden one is out of the accessibility tree too). The heading and the buttons stay put when
 * the month changes, so keyboard focus stays on the button just pressed and the new month's
 * name is announced.
 */
class MonthCalendar extends Section {

    private static final long serialVersionUID = 1L;
    /** A US district's printed calendars start on Sunday, whatever the reader's language. */
    static final DayOfWeek FIRST_DAY = DayOfWeek.SUNDAY;

    private final H2 title = new H2();
    private final Div body = new Div();

    MonthCalendar(Runnable previous, Runnable thisMonth, Runnable next) {
        addClassName("month-calendar");
        setId("month-calendar");
        title.setId("month-title");
        title.getElement().setAttribute("aria-live", "polite");
        Button back = new Button(
                getTranslation("meetings.month.previous"), VaadinIcon.ANGLE_LEFT.create(), e -> previous.run());
        back.setId("month-previous");
        Button today = new Button(getTranslation("meetings.month.today"), e -> thisMonth.run());
        today.setId("month-today");
        Button forward =
                new Button(getTranslation("meetings.month.next"), VaadinIcon.ANGLE_RIGHT.create(), e -> next.run());
        forward.setIconAfterText(true);
        forward.setId("month-next");
        for (Button b : List.of(back, today, forward)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        // On a phone the arrows stand alone (see styles.css); the name stays what the words say.
        for (Button step : List.of(back, forward)) {
            step.addClassName("month-step");
            step.setAriaLabel(step.getText());
        }
        Div buttons = new Div(back, today, forward);
        buttons.addClassName("month-nav");
        Div header = new Div(title, buttons);
        header.addClassName("month-header");
        add(header, body);
    }

    void show(YearMonth month, LocalDate today, List<CalendarEntry> entries, Map<Long, BodySummary> bodies) {
        Locale locale = getLocale();
        String monthName =
                capitalised(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month), locale);
        title.setText(monthName);
        body.removeAll();
        Map<LocalDate, List<CalendarEntry>> byDay =
                entries.stream().collect(Collectors.groupingBy(CalendarEntry::day, TreeMap::new, Collectors.toList()));
        if (byDay.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("meetings.month.none", monthName));
            none.addClassName("month-empty");
            body.add(none);
        }
        body.add(grid(month, today, byDay, bodies), agenda(byDay, bodies));
    }

    private NativeTable grid(
            YearMonth month,
            LocalDate today,
            Map<LocalDate, List<CalendarEntry>> byDay,
            Map<Long, BodySummary> bodies) {
        NativeTable table = new NativeTable();
        table.addClassName("month-grid");
        table.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        NativeTableRow names = table.getHead().addRow();
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = FIRST_DAY.plus(i);
            NativeTableHeaderCell header = names.addHeaderCell();
            header.getElement().setAttribute("scope", "col");
            // The short name is shown; the full one is what a screen reader says for every cell below.
            header.getElement().setAttribute("abbr", day.getDisplayName(TextStyle.FULL, getLocale()));
            header.setText(day.getDisplayName(TextStyle.SHORT, getLocale()));
        }
        NativeTableBody weeks = table.getBody();
        LocalDate first = month.atDay(1);
        LocalDate cursor = first.minusDays((first.getDayOfWeek().getValue() - FIRST_DAY.getValue() + 7) % 7);
        while (!cursor.isAfter(month.atEndOfMonth())) {
            NativeTableRow week = weeks.addRow();
            for (int i = 0; i < 7; i++, cursor = cursor.plusDays(1)) {
                week.add(cell(
                        cursor,
                        YearMonth.from(cursor).equals(month),
                        cursor.equals(today),
                        byDay.getOrDefault(cursor, List.of()),
                        bodies));
            }
        }
        return table;
    }

    private NativeTableCell cell(
            LocalDate day, boolean inMonth, boolean today, List<CalendarEntry> entries, Map<Long, BodySummary> bodies) {
        NativeTableCell cell = new NativeTableCell();
        if (!inMonth) {
            cell.addClassName("outside");
            return cell;
        }
        Span number = new Span(String.valueOf(day.getDayOfMonth()));
        number.addClassName("day-number");
        number.getElement().setAttribute("aria-hidden", "true");
        String spoken = fullDate(day) + (today ? " (" + getTranslation("meetings.month.today-marker") + ")" : "");
        Span label = new Span(spoken);
        label.addClassName("visually-hidden");
        cell.add(number, label);
        if (today) {
            cell.addClassName("today");
            cell.getElement().setAttribute("aria-current", "date");
        }
        if (!entries.isEmpty()) {
            cell.add(list(entries, bodies));
        }
        return cell;
    }

    private Div agenda(Map<LocalDate, List<CalendarEntry>> byDay, Map<Long, BodySummary> bodies) {
        Div agenda = new Div();
        agenda.addClassName("month-agenda");
        byDay.forEach((day, entries) -> {
            H3 heading = new H3(fullDate(day));
            Div group = new Div(heading, list(entries, bodies));
            group.addClassName("agenda-day");
            agenda.add(group);
        });
        return agenda;
    }

    private UnorderedList list(List<CalendarEntry> entries, Map<Long, BodySummary> bodies) {
        UnorderedList list = new UnorderedList();
        list.addClassName("day-meetings");
        for (CalendarEntry entry : entries) {
            list.add(new ListItem(item(entry, bodies.get(entry.bodyId()))));
        }
        return list;
    }

    private Component item(CalendarEntry entry, BodySummary body) {
        Div item = new Div();
        item.addClassName("calendar-meeting");
        Span time = new Span(Dates.time(entry.startsAt(), getLocale()));
        time.addClassName("meeting-time");
        item.add(time);
        if (entry.cancelled()) {
            Span cancelled = new Span(getTranslation("meetings.cancelled"));
            cancelled.addClassNames("badge", "badge-attention");
            item.add(cancelled);
            item.addClassName("cancelled");
        }
        String shortName = body == null ? "" : body.shortName();
        if (entry.closed()) {
            // Its page says only that it happens, when, and where its decisions are reported.
            item.add(new RouterLink(
                    getTranslation("meeting.closed-title", shortName), MeetingView.class, entry.meetingId()));
        } else {
            item.add(new RouterLink(
                    CalendarEntry.titled(shortName, entry.details().title()), MeetingView.class, entry.meetingId()));
        }
        return item;
    }

    private String fullDate(LocalDate day) {
        return capitalised(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(getLocale())
                        .format(day),
                getLocale());
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
