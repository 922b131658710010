package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesArchive;

/** What a meeting's page tells the public, and what it keeps back. */
@IntegrationTest
class MeetingPageTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    MinutesArchive minutes;

    long closedJceaMeeting() {
        long jcea = committees.findBySlug("jcea").orElseThrow().id();
        return LongStream.rangeClosed(1, 200)
                .filter(id -> meetings.closedMeeting(id)
                        .filter(m -> m.bodyId() == jcea)
                        .isPresent())
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithAnonymousUser
    void theClosedMeetingOfAnAssociationShowsOnlyThatItHappens() {
        navigate("meetings/" + closedJceaMeeting(), Component.class);

        assertThat(find(H1.class).single().getText())
                .isEqualTo("Closed meeting of Jefferson County Education Association");
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).doesNotContain("JCEA representative council").doesNotContain("7300 W Alameda");
    }

    @Test
    @WithUserDetails("admin@example.org")
    void anAdministratorSeesTheClosedMeetingInFull() {
        navigate("meetings/" + closedJceaMeeting(), Component.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("JCEA representative council");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("7300 W Alameda");
    }

    @Test
    @WithAnonymousUser
    void aHeldMeetingLinksToItsPublishedMinutes() {
        var published = minutes.published(0, 1).getFirst();
        navigate("meetings/" + published.meetingId(), Component.class);

        Anchor link = find(Anchor.class).withId("meeting-minutes").single();
        assertThat(link.getHref()).isEqualTo("minutes/" + published.id());
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aCancelledMeetingSaysSoOnTheCommitteePageWithItsReason() {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        long id = planning.scheduleMeeting(new MeetingData(
                dac,
                "Snow day meeting",
                LocalDateTime.now(ZoneId.of("America/Denver"))
                        .plusDays(3)
                        .withHour(18)
                        .withMinute(0)
                        .withSecond(0)
                        .withNano(0),
                ZoneId.of("America/Denver"),
                60,
                MeetingFormat.IN_PERSON,
                "Education Center",
                null,
                true,
                List.of(),
                null));
        planning.cancelMeeting(id, meetings.find(id).orElseThrow().version(), "Schools closed for snow");

        navigate("committees/dac", Component.class);

        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Snow day meeting")
                .contains("Cancelled: Schools closed for snow");
    }
}
