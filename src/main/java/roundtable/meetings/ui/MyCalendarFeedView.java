package roundtable.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import roundtable.base.i18n.Dates;
import roundtable.base.ui.Titles;
import roundtable.meetings.MeetingCalendarService;

/**
 * A member's private calendar link: made here, shown once (only its hash is kept), replaced
 * or turned off here. Reached from the profile page; it has no menu entry of its own.
 */
@Route("my/calendar")
@PermitAll
class MyCalendarFeedView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final MeetingCalendarService calendar;
    private final Div state = new Div();

    MyCalendarFeedView(MeetingCalendarService calendar) {
        this.calendar = calendar;
        addClassName("narrow-page");
        // A plain link: the profile lives in another feature, which this one must not depend on.
        Anchor back = new Anchor("my/profile", getTranslation("calendar-feed.back"));
        back.addClassName("back-link");
        add(
                back,
                new H1(getTranslation("calendar-feed.title")),
                new Paragraph(getTranslation("calendar-feed.intro")),
                state);
        show(Optional.empty());
    }

    /**
     * @param created the link just made, the only time it can be shown
     * @return what to focus if this followed a button press
     */
    private Runnable show(Optional<String> created) {
        state.removeAll();
        Optional<Instant> since = calendar.myFeedCreatedAt();
        if (created.isPresent()) {
            state.add(linkField(created.get()));
        } else if (since.isPresent()) {
            ZonedDateTime when = since.get().atZone(calendar.zone());
            Paragraph active = new Paragraph(getTranslation("calendar-feed.active", Dates.dateTime(when, getLocale())));
            active.setId("calendar-feed-state");
            state.add(active);
        } else {
            Paragraph none = new Paragraph(getTranslation("calendar-feed.none"));
            none.setId("calendar-feed-state");
            state.add(none);
        }
        Button create = new Button(
                getTranslation(since.isPresent() ? "calendar-feed.replace" : "calendar-feed.create"),
                e -> show(Optional.of(calendar.createMyFeedLink())));
        // The pressed button is replaced: focus moves on to what the press made, not back to the page's top.
        Runnable focusAfterPress = created.isPresent() ? () -> {} : create::focus;
        create.setId("calendar-feed-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(create);
        actions.addClassName("calendar-feed-actions");
        if (since.isPresent()) {
            Button off = new Button(getTranslation("calendar-feed.turn-off"), e -> {
                calendar.turnOffMyFeed();
                show(Optional.empty()).run();
                Notification.show(getTranslation("calendar-feed.turned-off"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
            off.setId("calendar-feed-turn-off");
            actions.add(off);
        }
        state.add(actions);
        return focusAfterPress;
    }

    private Div linkField(String link) {
        TextField field = new TextField(getTranslation("calendar-feed.link"));
        field.setValue(link);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setId("calendar-feed-link");
        field.setHelperText(getTranslation("calendar-feed.link.help"));
        field.focus();
        Button copy = new Button(getTranslation("calendar-feed.copy"), e -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link);
            Notification.show(getTranslation("calendar-feed.copied"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        copy.setId("calendar-feed-copy");
        Div box = new Div(field, copy);
        box.addClassName("calendar-feed-link");
        return box;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "calendar-feed.title");
    }
}
