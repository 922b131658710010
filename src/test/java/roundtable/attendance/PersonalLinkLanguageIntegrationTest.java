package roundtable.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LocaleResolution;

/**
 * A personal link opens in its recipient's language, whatever the phone it is opened on says: the
 * member's saved language, the language a guest chose. Pressing the language button on that page
 * keeps the page in the language pressed; the browser says nothing about it.
 */
@IntegrationTest
class PersonalLinkLanguageIntegrationTest extends AttendanceTestSupport {

    @Autowired
    LocaleResolution locales;

    /** A phone set to English, with an English cookie from an earlier visit, opening this path. */
    static MockHttpServletRequest englishPhone(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addPreferredLocale(Locale.US);
        request.setCookies(new Cookie(LocaleResolution.COOKIE, "en"));
        return request;
    }

    static String path(String link) {
        return link.replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
    }

    @Test
    void aMembersInvitationLinkOpensInHerSavedLanguageOnAnEnglishPhone() {
        meeting("dac", "DAC link in her language", 21, false);
        String path = path(Mailbox.awaitLink(
                mail, "dac.member@example.org", "DAC link in her language", "/rsvp/answer/", Duration.ofSeconds(15)));

        assertThat(locales.resolve(englishPhone(path))).isEqualTo(Language.SPANISH);
        MockHttpServletRequest vaadinStart = englishPhone("/");
        vaadinStart.setParameter("v-r", "init");
        vaadinStart.setParameter("location", path.substring(1) + "?response=IN_PERSON");
        assertThat(locales.resolve(vaadinStart)).as("as Vaadin starts the page").isEqualTo(Language.SPANISH);

        MockHttpServletRequest elsewhere = englishPhone(path);
        elsewhere.setSession(session(Language.ENGLISH, "meetings"));
        assertThat(locales.resolve(elsewhere))
                .as("English chosen on another page earlier in the visit")
                .isEqualTo(Language.SPANISH);
        MockHttpServletRequest switched = englishPhone(path);
        switched.setSession(session(Language.ENGLISH, path.substring(1)));
        assertThat(locales.resolve(switched))
                .as("English chosen on this very page")
                .isEqualTo(Language.ENGLISH);

        String tampered = path.substring(0, path.length() - 3) + (path.endsWith("AAA") ? "BBB" : "AAA");
        assertThat(locales.resolve(englishPhone(tampered)))
                .as("an altered link names nobody")
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void aGuestsLinksOpenInTheLanguageTheyChose() {
        long id = meeting("jeffco-alliance", "Alliance link in her language", 22, true);
        as(
                null,
                () -> guests.guestRsvp(
                        id,
                        "Lucía Guest",
                        "lucia.lang@example.net",
                        Language.SPANISH,
                        Response.IN_PERSON,
                        null,
                        "198.51.100.31"));
        String confirm = path(Mailbox.awaitLink(
                mail,
                "lucia.lang@example.net",
                "Alliance link in her language",
                "/rsvp/confirm/",
                Duration.ofSeconds(15)));
        assertThat(locales.resolve(englishPhone(confirm))).isEqualTo(Language.SPANISH);

        as(null, () -> guestChanges.confirmGuest(confirm.replaceFirst("^/rsvp/confirm/", "")));
        String manage = path(Mailbox.awaitLink(
                mail,
                "lucia.lang@example.net",
                "Alliance link in her language",
                "/rsvp/manage/",
                Duration.ofSeconds(15)));
        assertThat(locales.resolve(englishPhone(manage))).isEqualTo(Language.SPANISH);
        assertThat(locales.resolve(englishPhone("/meetings/" + id)))
                .as("any other page: the browser's")
                .isEqualTo(Language.ENGLISH);
    }

    static MockHttpSession session(Language chosen, String on) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(LocaleResolution.SESSION_ATTRIBUTE, chosen);
        session.setAttribute(LocaleResolution.CHOSEN_ON_ATTRIBUTE, on);
        return session;
    }
}
