package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.base.i18n.Language;
import roundtable.people.MyProfile;
import roundtable.people.PersonLimits;
import roundtable.people.PersonService;
import roundtable.people.ProfileService;
import tools.jackson.databind.json.JsonMapper;

/** Demo accounts are shared with other tests: each test here leaves the profile as it found it. */
@IntegrationTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    PersonService people;

    @Autowired
    ProfileService profiles;

    @Autowired
    JsonMapper json;

    private MyProfile before;

    @BeforeEach
    void remember() {
        before = profiles.myProfile();
    }

    @AfterEach
    void putBack() {
        profiles.updateMyProfile(before.profile(), profiles.myProfile().version());
    }

    private TextField field(String id) {
        return find(TextField.class).withId(id).single();
    }

    private void save() {
        test(find(Button.class).withId("save-profile").single()).click();
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void theFormShowsThePersonsOwnValuesInTheirLanguage() {
        navigate("my/profile", Component.class);

        @SuppressWarnings("unchecked")
        Select<Language> language =
                find(Select.class).withId("profile-language").single();
        assertThat(language.getValue()).isEqualTo(Language.SPANISH);
        assertThat(language.getLabel()).isEqualTo("Idioma preferido");
        assertThat(field("profile-phone").getValue()).isEqualTo("303-555-0103");
        assertThat(field("profile-phone").getMaxLength()).isEqualTo(PersonLimits.PHONE);
        assertThat(find(Checkbox.class)
                        .withId("profile-public-consent")
                        .single()
                        .getValue())
                .isTrue();
        assertThat(find(Checkbox.class).withId("profile-notify-digest").single().getValue())
                .isFalse();
        TextArea needs =
                find(TextArea.class).withId("profile-accessibility-needs").single();
        assertThat(needs.getHelperText()).contains("Solo lo ven la persona que coordina los servicios lingüísticos");
        assertThat(find(DescriptionList.class)
                        .withId("profile-account")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("María Fernanda Ruiz", "dac.member@example.org", "Madre de familia, Molholm Elementary");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mi perfil · Roundtable");
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void savingChangesTheStoredValueAndSaysSo() {
        navigate("my/profile", Component.class);

        test(field("profile-pronouns")).setValue("she/her");
        test(find(Checkbox.class).withId("profile-notify-digest").single()).click();
        save();

        assertThat(profiles.myProfile().profile().pronouns()).isEqualTo("she/her");
        assertThat(profiles.myProfile().profile().notifyDigest()).isTrue();
        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains("Your profile is saved.");

        test(field("profile-pronouns")).setValue("she/they");
        save();
        assertThat(profiles.myProfile().profile().pronouns()).isEqualTo("she/they");
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void anOverLongValueIsRefusedNextToItsFieldAndNothingIsSaved() {
        navigate("my/profile", Component.class);
        TextField phone = field("profile-phone");

        // The browser stops typing at the maximum length; a crafted request does not.
        phone.setValue("1".repeat(PersonLimits.PHONE + 1));
        test(field("profile-pronouns")).setValue("she/her");
        save();

        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Keep this under 40 characters");
        assertThat(profiles.myProfile()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aPhoneNumberWithWordsIsRefusedNextToTheField() {
        navigate("my/profile", Component.class);

        test(field("profile-phone")).setValue("call me after six");
        save();

        assertThat(field("profile-phone").getErrorMessage()).startsWith("Use digits, spaces and + ( ) - only");
        assertThat(profiles.myProfile()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("language.services@example.org")
    void choosingAnotherLanguageSavesItAndSwitchesThePage() {
        navigate("my/profile", Component.class);

        @SuppressWarnings("unchecked")
        Select<Language> language =
                find(Select.class).withId("profile-language").single();
        test(language).selectItem("English");
        save();

        assertThat(profiles.myProfile().profile().language()).isEqualTo(Language.ENGLISH);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void theDownloadLinkServesTheirDataAsJson() throws Exception {
        navigate("my/profile", Component.class);
        Anchor download = find(Anchor.class).withId("download-my-data").single();
        assertThat(download.getText()).isEqualTo("Descargar mis datos (JSON)");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(download).download(out);

        var document = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(document.get("profile").get("email").asString()).isEqualTo("dac.member@example.org");
        assertThat(document.get("memberships").size()).isGreaterThanOrEqualTo(2);
    }
}
