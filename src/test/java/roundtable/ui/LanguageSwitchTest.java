package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LocaleResolution;
import roundtable.people.PersonService;

@IntegrationTest
class LanguageSwitchTest extends SpringBrowserlessTest {

    @Autowired
    PersonService people;

    private Button languageSwitch() {
        return find(Button.class).withId("language-switch").single();
    }

    @Test
    @WithAnonymousUser
    void visitorSwitchesToSpanishForTheRestOfTheVisit() {
        navigate("", Component.class);
        assertThat(languageSwitch().getText()).isEqualTo("Español");
        assertThat(languageSwitch().getElement().getAttribute("lang")).isEqualTo("es");

        test(languageSwitch()).click();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(LocaleResolution.SESSION_ATTRIBUTE))
                .isEqualTo(Language.SPANISH);
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void aSignedInPersonsSwitchChangesThePageButNotTheLanguageOfTheirEmails() {
        navigate("", Component.class);
        Language saved =
                people.recipient("dac.secretary@example.org").orElseThrow().language();
        test(languageSwitch()).click();
        assertThat(UI.getCurrent().getLocale()).isNotEqualTo(saved.locale());
        assertThat(people.recipient("dac.secretary@example.org").orElseThrow().language())
                .as("emails stay in the language saved in the profile")
                .isEqualTo(saved);

        test(languageSwitch()).click();
        assertThat(people.recipient("dac.secretary@example.org").orElseThrow().language())
                .isEqualTo(saved);
    }
}
