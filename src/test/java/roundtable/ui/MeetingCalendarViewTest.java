package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.base.ui.PagedList;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;

/** The public calendar as a reader uses it: list or month, one group or all, in the address to share. */
@IntegrationTest
class MeetingCalendarViewTest extends SpringBrowserlessTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    /** The demo data's next DAC meeting is nine days away; its month is the one these tests open. */
    private static YearMonth dacMonth() {
        return YearMonth.from(LocalDate.now(DENVER).plusDays(9));
    }

    @Test
    @WithAnonymousUser
    void theListShowsUpcomingMeetingsAndClosedOnesOnlyAsHappening() {
        navigate("meetings", Component.class);
        List<String> cards = cardTexts();
        assertThat(cards).anyMatch(c -> c.contains("DAC monthly meeting"));
        assertThat(cards).anyMatch(c -> c.contains("Closed meeting of JCEA"));
        assertThat(cards).noneMatch(c -> c.contains("JCEA representative council"));
        assertThat(find(Anchor.class).withId("subscribe-all").single().getHref())
                .isEqualTo("feeds/meetings.ics");
        assertThat(find(Anchor.class).withId("subscribe-body").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void filteringByAGroupNarrowsTheListAndOffersThatGroupsFeed() {
        navigate("meetings", Component.class);
        test(find(Select.class).withId("body-filter").single()).selectItem("District Accountability Committee");

        assertThat(location()).isEqualTo("meetings?body=dac");
        List<String> cards = cardTexts();
        assertThat(cards).isNotEmpty().allMatch(c -> c.contains("DAC"));
        assertThat(find(Anchor.class).withId("subscribe-body").single().getHref())
                .isEqualTo("feeds/committees/dac.ics");
    }

    @Test
    @WithAnonymousUser
    void theMonthViewMovesBetweenMonthsAndKeepsTheGroupInTheAddress() {
        YearMonth month = dacMonth();
        open("view=month&month=" + month + "&body=dac");

        assertThat(find(Button.class).withId("view-month").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(find(Select.class).withId("body-filter").single().getValue()).isNotNull();
        NativeTable table = find(NativeTable.class).single();
        assertThat(table.getElement().getAttribute("aria-labelledby")).isEqualTo("month-title");
        assertThat(table.getElement().getTextRecursively())
                .contains("DAC monthly meeting")
                .doesNotContain("FAC meeting");
        assertThat(title()).isEqualTo(monthName(month));

        test(find(Button.class).withId("month-next").single()).click();
        assertThat(location()).isEqualTo("meetings?view=month&month=" + month.plusMonths(1) + "&body=dac");
        assertThat(title()).isEqualTo(monthName(month.plusMonths(1)));

        test(find(Button.class).withId("month-previous").single()).click();
        test(find(Button.class).withId("month-previous").single()).click();
        assertThat(location()).contains("month=" + month.minusMonths(1));

        test(find(Button.class).withId("month-today").single()).click();
        assertThat(location()).contains("month=" + YearMonth.now(DENVER));

        // The tester cannot pick the empty item ("All groups"); clearing the value is what picking it does.
        find(Select.class).withId("body-filter").single().setValue(null);
        assertThat(location()).isEqualTo("meetings?view=month&month=" + YearMonth.now(DENVER));
    }

    @Test
    @WithAnonymousUser
    void aMonthNoCalendarCanShowFallsBackToThisMonth() {
        open("view=month&month=+999999999-12");

        assertThat(title()).isEqualTo(monthName(YearMonth.now(DENVER)));
    }

    @Test
    @WithAnonymousUser
    void theViewButtonsSwitchBetweenListAndMonth() {
        navigate("meetings", Component.class);
        assertThat(find(Button.class).withId("view-list").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        test(find(Button.class).withId("view-month").single()).click();
        assertThat(location()).isEqualTo("meetings?view=month&month=" + YearMonth.now(DENVER));
        assertThat(find(NativeTable.class).exists()).isTrue();

        test(find(Button.class).withId("view-list").single()).click();
        assertThat(location()).isEqualTo("meetings");
        assertThat(find(PagedList.class).withId("meetings-list").exists()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void anEmptyMonthSaysSo() {
        open("view=month&month=2019-02");
        assertThat(find(Paragraph.class)
                        .withText("No meetings in February 2019.")
                        .exists())
                .isTrue();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aCancelledMeetingIsMarkedInTheMonthAndOnItsPage() {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        LocalDate day = LocalDate.now(DENVER).plusDays(9);
        long id = planning.scheduleMeeting(new MeetingData(
                dac,
                "Calendar view: called-off workshop",
                day.atTime(12, 0),
                DENVER,
                60,
                MeetingFormat.ONLINE,
                null,
                "https://meet.example.org/x",
                true,
                List.of(),
                null));
        planning.cancelMeeting(id, meetings.find(id).orElseThrow().version(), "Too few could come");

        open("view=month&month=" + YearMonth.from(day));
        assertThat(find(NativeTable.class).single().getElement().getTextRecursively())
                .contains("CancelledDAC: Calendar view: called-off workshop");

        navigate("meetings/" + id, Component.class);
        assertThat(find(Paragraph.class).withId("meeting-cancelled").single().getText())
                .isEqualTo("Cancelled: Too few could come");
        Anchor ics = find(Anchor.class).withId("meeting-ics").single();
        assertThat(ics.getHref()).isEqualTo("feeds/meetings/" + id + ".ics?lang=en");
        assertThat(ics.getText()).isEqualTo("Add to my calendar (.ics)");
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void aMemberMakesShowsOnceAndTurnsOffTheirPrivateLink() {
        navigate("my/calendar", Component.class);
        assertThat(find(Paragraph.class).withId("calendar-feed-state").single().getText())
                .isEqualTo("You have no private link.");

        test(find(Button.class).withId("calendar-feed-create").single()).click();
        String link =
                find(TextField.class).withId("calendar-feed-link").single().getValue();
        assertThat(link).matches("http://localhost:8080/feeds/private/[A-Za-z0-9_-]{43}\\.ics");

        navigate("meetings", Component.class);
        navigate("my/calendar", Component.class);
        assertThat(find(TextField.class).withId("calendar-feed-link").exists())
                .as("shown only once")
                .isFalse();
        assertThat(find(Paragraph.class).withId("calendar-feed-state").single().getText())
                .startsWith("You have a private link, created");

        test(find(Button.class).withId("calendar-feed-turn-off").single()).click();
        assertThat(find(Paragraph.class).withId("calendar-feed-state").single().getText())
                .isEqualTo("You have no private link.");
    }

    /** The cards the list shows: its first page. */
    private List<String> cardTexts() {
        return PagedListCards.of(find(PagedList.class).withId("meetings-list").single()).stream()
                .map(card -> card.getElement().getTextRecursively())
                .toList();
    }

    /** The calendar at an address with a query, as a shared link opens it. */
    private static void open(String query) {
        UI.getCurrent().navigate("meetings", QueryParameters.fromString(query));
    }

    private String title() {
        return find(H2.class).withId("month-title").single().getText();
    }

    private static String monthName(YearMonth month) {
        String name = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH).format(month);
        return name;
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
