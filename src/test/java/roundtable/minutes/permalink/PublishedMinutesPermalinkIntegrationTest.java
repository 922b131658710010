package roundtable.minutes.permalink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import roundtable.IntegrationTest;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.PublishedMinutes;

/**
 * The demo's published minutes through the whole app, as an anonymous reader opens them: the
 * permalink in English and Spanish and the PDF, with no session.
 */
@IntegrationTest
class PublishedMinutesPermalinkIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MinutesArchive minutes;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** Demo minutes as the read API gives them. */
    List<PublishedMinutes> published() {
        List<PublishedMinutes> found = minutes.published(0, 50).stream()
                .flatMap(m -> minutes.published(m.id(), null).stream())
                .toList();
        Assertions.assertThat(found).as("the demo publishes minutes").isNotEmpty();
        return found;
    }

    @Test
    void anAnonymousReaderOpensEveryPublishedRecordAsPageAndPdfWithoutASession() throws Exception {
        for (PublishedMinutes record : published()) {
            String link = "/public/minutes/" + record.minutesId();
            MvcResult page = mvc.perform(get(link).with(anonymous()).header(HttpHeaders.ACCEPT, "text/html"))
                    .andReturn();
            assertThat(page.getResponse().getStatus()).as(link).isEqualTo(200);
            String html = page.getResponse().getContentAsString();
            // Read as a reader sees it: other tests publish titles full of markup, which the page escapes.
            assertThat(Jsoup.parse(html).text()).contains(record.title());
            assertThat(html).doesNotContain("<script");
            assertThat(page.getRequest().getSession(false)).as(link).isNull();
            assertThat(page.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();

            MvcResult pdf = mvc.perform(get(link + ".pdf").with(anonymous())).andReturn();
            assertThat(pdf.getResponse().getStatus()).as(link + ".pdf").isEqualTo(200);
            // A long title wraps in the PDF, so lines are compared without their breaks.
            assertThat(MinutesPermalinkTest.text(pdf.getResponse().getContentAsByteArray())
                            .replaceAll("\\s", ""))
                    .contains(record.title().replaceAll("\\s", ""));
            assertThat(pdf.getRequest().getSession(false)).isNull();
        }
    }

    @Test
    void theTranslatedDemoRecordReadsInSpanish() throws Exception {
        Optional<PublishedMinutes> translated = published().stream()
                .filter(m ->
                        m.translations().stream().anyMatch(t -> t.language().equals("es")))
                .findFirst();
        assertThat(translated)
                .as("the demo has minutes translated into Spanish")
                .isPresent();
        long id = translated.get().minutesId();

        String html = mvc.perform(get("/public/minutes/" + id + "?lang=es").with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("<html lang=\"es\"", "<main lang=\"es\"");
        assertThat(Jsoup.parse(html).text())
                .as("the translation, and the record's attendance with it")
                .contains(
                        minutes.translation(id, "es")
                                .orElseThrow()
                                .plainText()
                                .lines()
                                .findFirst()
                                .orElseThrow()
                                .strip(),
                        "Asistencia");
    }
}
