package roundtable.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static roundtable.meetings.AgendaFixtures.PDF;
import static roundtable.meetings.AgendaFixtures.stream;

import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import roundtable.IntegrationTest;
import roundtable.committees.CommitteeService;

/** Downloading agenda papers through the real security filters, as a visitor, a member and an outsider. */
@IntegrationTest
@WithUserDetails("admin@example.org")
class AttachmentDownloadIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AgendaService agenda;

    @Autowired
    AttachmentService attachments;

    @Autowired
    MeetingService meetings;

    @Autowired
    CommitteeService committees;

    @Autowired
    UserDetailsService accounts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private AttachmentSummary attachTo(long meetingId, String fileName) {
        long item = agenda.addAgendaItem(meetingId, new AgendaItemData("Papers", null, 0, "", false));
        return attachments.attach(item, fileName, stream(PDF), PDF.length);
    }

    @Test
    void aVisitorDownloadsAPublicMeetingsPaperAsAFileOfItsCheckedType() throws Exception {
        AttachmentSummary file =
                attachTo(AgendaFixtures.publicDacMeeting(committees, meetings), "Presupuesto 2027 ñ \"final\".pdf");
        String disposition = mvc.perform(get(URI.create("/" + file.downloadPath()))
                        .with(anonymous())
                        .accept("text/html"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().longValue("Content-Length", PDF.length))
                .andExpect(header().string("ETag", "\"" + file.sha256() + "\""))
                .andExpect(content().bytes(PDF))
                .andReturn()
                .getResponse()
                .getHeader("Content-Disposition");
        assertThat(disposition)
                .startsWith("attachment;")
                .contains("filename=\"Presupuesto 2027 n _final_.pdf\"")
                .contains("filename*=UTF-8''Presupuesto%202027%20%C3%B1%20_final_.pdf");

        mvc.perform(get(URI.create("/" + file.downloadPath()))
                        .with(anonymous())
                        .header("If-None-Match", "\"" + file.sha256() + "\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void aClosedMeetingsPaperIsNotFoundForVisitorsAndOtherBodiesMembers() throws Exception {
        AttachmentSummary file = attachTo(AgendaFixtures.closedJceaMeeting(committees, meetings), "proposal.pdf");
        mvc.perform(get(URI.create("/" + file.downloadPath()))).andExpect(status().isOk());
        mvc.perform(get(URI.create("/" + file.downloadPath())).with(anonymous()))
                .andExpect(status().isNotFound());
        mvc.perform(get(URI.create("/" + file.downloadPath()))
                        .with(user(accounts.loadUserByUsername("dac.member@example.org"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPaperIsOnlyFoundUnderItsOwnMeeting() throws Exception {
        AttachmentSummary file = attachTo(AgendaFixtures.publicDacMeeting(committees, meetings), "agenda.pdf");
        mvc.perform(get("/meetings/" + (file.meetingId() + 1000) + "/attachments/" + file.id() + "/agenda.pdf")
                        .with(anonymous()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + file.meetingId() + "/attachments/987654/agenda.pdf")
                        .with(anonymous()))
                .andExpect(status().isNotFound());
    }
}
