package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.base.ui.NotFoundView;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;

/** The coordinator (who reads Roundtable in Spanish) looks at interpretation demand to plan staffing. */
@IntegrationTest
@WithUserDetails("language.services@example.org")
class LanguageDemandViewTest extends SpringBrowserlessTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    MemberRsvps attendance;

    @Autowired
    UserDetailsService users;

    @Test
    void opensOnSixMonthsBackToSixAheadWithEveryMonthSayingWhetherItIsPastOrComing() {
        YearMonth now = YearMonth.now(DENVER);
        navigate("language-services/demand", Component.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Demanda de interpretación");
        assertThat(find(Select.class).withId("demand-from").single().getValue()).isEqualTo(now.minusMonths(6));
        assertThat(find(Select.class).withId("demand-to").single().getValue()).isEqualTo(now.plusMonths(6));

        NativeTable table =
                find(NativeTable.class).withId("interpretation-table").single();
        assertThat(table.getCaptionText()).startsWith("Solicitudes de interpretación por mes e idioma, ");
        List<NativeTableHeaderCell> columns =
                table.getHead().getRows().getFirst().getHeaderCells();
        assertThat(columns)
                .extracting(NativeTableHeaderCell::getText)
                .containsExactly(
                        "Mes",
                        "Español",
                        "Vietnamita",
                        "Chino",
                        "Árabe",
                        "Ruso",
                        "Somalí",
                        "Nepalí",
                        "ASL",
                        "Todos los idiomas");
        assertThat(columns).allMatch(c -> "col".equals(c.getElement().getAttribute("scope")));
        List<NativeTableRow> rows = table.getBody().getRows();
        assertThat(rows).hasSize(13);
        assertThat(rowHeader(rows.getFirst())).endsWith(" pasado");
        assertThat(rowHeader(rows.get(6))).endsWith(" este mes");
        assertThat(rowHeader(rows.getLast())).endsWith(" próximo");
        assertThat(rows.getFirst().getHeaderCells().getFirst().getElement().getAttribute("scope"))
                .isEqualTo("row");
        assertThat(rowHeader(table.getFoot().getRows().getFirst())).isEqualTo("Todos los meses");

        List<ListItem> bars = find(ListItem.class).all().stream()
                .filter(li -> li.getParent()
                        .filter(p -> p.getId().orElse("").equals("demand-chart"))
                        .isPresent())
                .toList();
        assertThat(bars)
                .hasSize(13)
                .allMatch(bar -> bar.getElement()
                        .getTextRecursively()
                        .matches(".*(pasado|este mes|próximo).*(1 solicitud|\\d+ solicitudes)"));
        assertThat(find(UnorderedList.class).withId("demand-chart").exists()).isTrue();

        assertThat(find(NativeTable.class)
                        .withId("translation-table")
                        .single()
                        .getBody()
                        .getRows())
                .as("no written translation into sign language")
                .hasSize(7);
        assertThat(find(Anchor.class).withId("demand-download").single().getText())
                .isEqualTo("Descargar CSV");
    }

    @Test
    void aMonthWithARequestShowsItsPeopleMeetingsAndWhatWasArrangedUnderTheLanguage() {
        YearMonth month = YearMonth.now(DENVER).plusMonths(22);
        long dac = committees.findBySlug("dac").orElseThrow().id();
        long meeting = as(
                "admin@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        dac,
                        "Demand page check",
                        month.atDay(12).atTime(18, 0),
                        DENVER,
                        60,
                        MeetingFormat.IN_PERSON,
                        "Education Center, 1829 Denver West Dr",
                        null,
                        false,
                        List.of("ne"),
                        null)));
        as(
                "dac.member@example.org",
                () -> attendance.rsvp(
                        meeting,
                        Response.IN_PERSON,
                        new AccessNeeds("ne", InterpretationMode.IN_PERSON, null, Set.of(), null, null, null, false)));

        open("from=" + month + "&to=" + month);

        NativeTable table =
                find(NativeTable.class).withId("interpretation-table").single();
        NativeTableRow row = table.getBody().getRows().getFirst();
        int nepali = 7;
        assertThat(row.getDataCells().get(nepali - 1).getElement().getTextRecursively())
                .isEqualTo("11 reunión0 confirmadas0 sin cubrir");
        assertThat(row.getDataCells().getFirst().getElement().getTextRecursively())
                .as("no Spanish")
                .isEqualTo("0");
        assertThat(find(ListItem.class).all().stream().map(li -> li.getElement().getTextRecursively()))
                .anyMatch(text -> text.contains("próximo") && text.endsWith("1 solicitud"));
    }

    @Test
    void choosingAnotherFirstMonthPutsTheRangeInTheAddress() {
        YearMonth now = YearMonth.now(DENVER);
        navigate("language-services/demand", Component.class);

        find(Select.class).withId("demand-from").single().setValue(now.minusMonths(12));

        assertThat(location())
                .isEqualTo("language-services/demand?from=" + now.minusMonths(12) + "&to=" + now.plusMonths(6));
        assertThat(find(NativeTable.class)
                        .withId("interpretation-table")
                        .single()
                        .getBody()
                        .getRows())
                .hasSize(19);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLastMonthBeforeTheFirstIsRefusedAtThatField() {
        YearMonth now = YearMonth.now(DENVER);
        open("from=" + now + "&to=" + now.minusMonths(2));

        Select<YearMonth> to = find(Select.class).withId("demand-to").single();
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Elija un último mes que no sea anterior al primero");
        assertThat(find(NativeTable.class).exists()).isFalse();
    }

    @Test
    void anUnreadableAddressShowsTheUsualMonths() {
        YearMonth now = YearMonth.now(DENVER);
        open("from=soon&to=+999999999-12");
        assertThat(find(Select.class).withId("demand-from").single().getValue()).isEqualTo(now.minusMonths(6));
        assertThat(find(Select.class).withId("demand-to").single().getValue()).isEqualTo(now.plusMonths(6));
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aChairCannotOpenThePage() {
        // Browserless reports a page security refuses as not found.
        navigate("language-services/demand", NotFoundView.class);
        assertThat(find(NativeTable.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin@example.org")
    void anAdministratorReadsItInEnglish() {
        navigate("language-services/demand", Component.class);
        NativeTable table =
                find(NativeTable.class).withId("interpretation-table").single();
        assertThat(rowHeader(table.getBody().getRows().getFirst())).endsWith(" past");
        assertThat(rowHeader(table.getBody().getRows().getLast())).endsWith(" coming");
    }

    private static String rowHeader(NativeTableRow row) {
        return row.getHeaderCells().getFirst().getElement().getTextRecursively();
    }

    private static void open(String query) {
        UI.getCurrent().navigate("language-services/demand", QueryParameters.fromString(query));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private <T> T as(String email, Supplier<T> work) {
        return RunAs.as(users, email, work);
    }
}
