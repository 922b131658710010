package roundtable.minutes.permalink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.ZoneId;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import roundtable.base.RoundtableProperties;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.PublishedMinutesFixtures;

/**
 * The permalink and its PDF as a reader's browser and PDF reader get them, from hand-built
 * published minutes (the workflow that publishes them is tested on its own).
 */
class MinutesPermalinkTest {

    static final String LINK = "/public/minutes/" + PublishedMinutesFixtures.ID;

    MinutesArchive minutes = mock(MinutesArchive.class);
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        RoundtableProperties properties = new RoundtableProperties(
                "Jeffco Public Schools",
                "https://roundtable.example.org",
                ZoneId.of("America/Denver"),
                "no-reply@example.org");
        mvc = MockMvcBuilders.standaloneSetup(new MinutesPermalinkController(
                        minutes,
                        new MinutesPage(messages, properties),
                        new MinutesPdf(),
                        messages,
                        properties,
                        new RenderedPermalinks(new PublicationMarker(minutes))))
                .build();
        when(minutes.published(anyLong(), isNull())).thenReturn(Optional.empty());
        when(minutes.published(eq(PublishedMinutesFixtures.ID), isNull()))
                .thenReturn(Optional.of(PublishedMinutesFixtures.current()));
        when(minutes.published(PublishedMinutesFixtures.ID, 1))
                .thenReturn(Optional.of(PublishedMinutesFixtures.first()));
        when(minutes.translation(anyLong(), anyString())).thenReturn(Optional.empty());
        when(minutes.translation(PublishedMinutesFixtures.ID, "es"))
                .thenReturn(Optional.of(PublishedMinutesFixtures.spanish(true)));
    }

    @Test
    void thePermalinkIsPlainHtmlWithTheCurrentVersionItsVersionsAndNoScriptOrSession() throws Exception {
        MvcResult result = mvc.perform(get(LINK)).andReturn();
        MockHttpServletResponse response = result.getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        String html = response.getContentAsString();
        assertThat(html)
                .contains(
                        "<html lang=\"en\"",
                        "<title>Minutes: Regular meeting · District Accountability Committee</title>",
                        "<h1>Minutes: Regular meeting</h1>",
                        "March 16, 2027",
                        "Version 2 of 2, published March 27, 2027",
                        "Amended: The vote count was recorded wrongly",
                        "carried 10 to 2",
                        "Version 1, published March 20, 2027",
                        ": The vote count was recorded wrongly",
                        "href=\"/public/minutes/7?version=1\"",
                        "href=\"/public/minutes/7.pdf\"",
                        "href=\"/public/minutes/7?lang=es\"",
                        "English (original)",
                        "<a href=\"/minutes/7#minutes-compare\">See what changed between versions</a>")
                .doesNotContain("carried 9 to 3")
                .doesNotContainIgnoringCase("<script");
        assertThat(response.getHeader("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void aRepeatedRequestWithTheEtagOrDateIsAnsweredNotModified() throws Exception {
        for (String link : new String[] {LINK, LINK + ".pdf"}) {
            MockHttpServletResponse first = perform(get(link));
            String etag = first.getHeader(HttpHeaders.ETAG);
            assertThat(etag).as(link).isNotBlank();
            assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo("Sat, 27 Mar 2027 16:00:00 GMT");
            assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=300, public");

            MockHttpServletResponse again = perform(get(link).header(HttpHeaders.IF_NONE_MATCH, etag));
            assertThat(again.getStatus()).as(link).isEqualTo(304);
            assertThat(again.getContentAsByteArray()).isEmpty();
            assertThat(perform(get(link)
                                    .header(HttpHeaders.IF_MODIFIED_SINCE, first.getHeader(HttpHeaders.LAST_MODIFIED)))
                            .getStatus())
                    .isEqualTo(304);
            assertThat(perform(get(link).header(HttpHeaders.IF_NONE_MATCH, "\"older\""))
                            .getStatus())
                    .isEqualTo(200);
        }
        assertThat(perform(get(LINK + "?lang=es")).getHeader(HttpHeaders.ETAG))
                .isNotEqualTo(perform(get(LINK)).getHeader(HttpHeaders.ETAG));
    }

    @Test
    void inSpanishTheTranslationIsShownSaysWhichVersionItTranslatesAndKeepsTheOriginalOneClickAway() throws Exception {
        String html = perform(get(LINK + "?lang=es")).getContentAsString();

        assertThat(html)
                .contains(
                        "<html lang=\"es\"",
                        "<h1>Acta: Regular meeting</h1>",
                        "16 de marzo de 2027",
                        "<main lang=\"es\"",
                        "Prioridades del presupuesto",
                        "Esta traducción es de la versión 1 y no se ha actualizado para la versión 2",
                        "href=\"/public/minutes/7\" lang=\"en\">English (original)</a>",
                        "aria-current=\"page\"")
                .doesNotContain("Budget priorities");
    }

    @Test
    void anEarlierVersionSaysSoAndLinksToTheCurrentOne() throws Exception {
        String html = perform(get(LINK + "?version=1")).getContentAsString();

        assertThat(html)
                .contains(
                        "Version 1 of 2, published March 20, 2027",
                        "carried 9 to 3",
                        "This is an earlier version; the minutes have been amended since.",
                        "<a href=\"/public/minutes/7\">Read the current version</a>",
                        "href=\"/public/minutes/7.pdf?version=1\"");
        // The Spanish translation is of version 1, so on version 1 it is not out of date.
        assertThat(perform(get(LINK + "?version=1&lang=es")).getContentAsString())
                .contains("Prioridades del presupuesto")
                .doesNotContain("no se ha actualizado");
    }

    @Test
    void aLanguageNobodyTranslatedShowsTheOriginalAndSaysSo() throws Exception {
        when(minutes.translation(PublishedMinutesFixtures.ID, "es")).thenReturn(Optional.empty());

        String html = perform(get(LINK + "?lang=es")).getContentAsString();

        assertThat(html)
                .contains("<html lang=\"es\"", "<main lang=\"en\"", "carried 10 to 2", "Esta acta no se ha traducido");
    }

    @Test
    void unknownMinutesVersionsAndAddressesAreNotFound() throws Exception {
        for (String link : new String[] {
            "/public/minutes/999",
            "/public/minutes/999.pdf",
            "/public/minutes/abc",
            LINK + "?version=x",
            LINK + "?version=3",
            "/public/minutes/-7"
        }) {
            assertThat(perform(get(link)).getStatus()).as(link).isEqualTo(404);
        }
        assertThat(perform(get("/public/minutes/999?lang=es")).getContentAsString())
                .contains("Esta acta no está publicada");
    }

    @Test
    void markupThatWouldRunScriptNeverReachesThePageOrThePdf() throws Exception {
        when(minutes.published(eq(PublishedMinutesFixtures.ID), isNull()))
                .thenReturn(
                        Optional.of(
                                PublishedMinutesFixtures.single(
                                        "<p>Fine</p><script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>")));

        String html = perform(get(LINK)).getContentAsString();
        assertThat(html)
                .contains("<p>Fine</p>")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("javascript:");
        assertThat(text(perform(get(LINK + ".pdf")).getContentAsByteArray()))
                .contains("Fine")
                .doesNotContain("alert");
    }

    @Test
    void thePdfIsTaggedTitledInTheReadersLanguageWithEmbeddedFontsAndReadsLikeThePage() throws Exception {
        MockHttpServletResponse response = perform(get(LINK + ".pdf?lang=es"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"minutes-dac-2027-03-16-v2-es.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Acta: Regular meeting");
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "Acta: Regular meeting",
                            "Prioridades del presupuesto",
                            "Versión 2 de 2",
                            "Esta traducción es de la versión 1",
                            "https://roundtable.example.org/public/minutes/7?lang=es");
        }
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
