package roundtable.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;
import roundtable.base.i18n.Language;
import roundtable.people.MyProfile;
import roundtable.people.PersonLimits;
import roundtable.people.ProfileData;
import roundtable.people.ProfileService;

/**
 * What a person may change about themselves, each field saying who will see it. Bound to a
 * record: nothing is saved until every field is valid and the service accepts the version.
 * Maximum lengths are checked by the fields themselves on the server too (the binder runs
 * their built-in check first), so only the wording of that message is set here.
 */
class ProfileForm extends Div {

    private static final long serialVersionUID = 1L;

    private final Binder<ProfileData> binder = new Binder<>(ProfileData.class);
    private final ProfileService people;
    private final Consumer<MyProfile> onSaved;
    private MyProfile current;

    ProfileForm(ProfileService people, MyProfile profile, Consumer<MyProfile> onSaved) {
        this.people = people;
        this.onSaved = onSaved;
        this.current = profile;
        addClassName("profile-form");

        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("profile.language"));
        language.setHelperText(getTranslation("profile.language.help"));
        language.setItems(Language.values());
        // Each language by its own name, so a reader of only that language finds it.
        language.setItemLabelGenerator(Language::nativeName);
        language.setId("profile-language");
        binder.forField(language)
                .asRequired(getTranslation("validation.required"))
                .bind("language");
        // The select always holds a language (it offers no empty choice), and Vaadin's required
        // marker on it puts aria-required on a button, which screen readers reject (axe: critical).
        language.setRequiredIndicatorVisible(false);

        TextField phone = text(
                getTranslation("profile.phone"),
                getTranslation("profile.phone.help"),
                PersonLimits.PHONE,
                "profile-phone");
        phone.setAutocomplete(Autocomplete.TEL);
        binder.forField(phone)
                .withValidator(v -> v.matches(PersonLimits.PHONE_PATTERN), getTranslation("validation.phone"))
                .bind("phone");

        TextField pronouns = text(
                getTranslation("profile.pronouns"),
                getTranslation("profile.pronouns.help"),
                PersonLimits.PRONOUNS,
                "profile-pronouns");
        binder.forField(pronouns).bind("pronouns");

        TextArea needs = new TextArea(getTranslation("profile.accessibility-needs"));
        needs.setHelperText(getTranslation("profile.accessibility-needs.help"));
        needs.setMaxLength(PersonLimits.NEEDS);
        needs.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(PersonLimits.NEEDS)));
        needs.setWidthFull();
        needs.setId("profile-accessibility-needs");
        binder.forField(needs).bind("accessibilityNeeds");

        Checkbox consent = checkbox(
                getTranslation("profile.public-consent"),
                getTranslation("profile.public-consent.help"),
                "profile-public-consent");
        binder.forField(consent).bind("publicConsent");

        Checkbox meetings = checkbox(getTranslation("profile.notify-meetings"), null, "profile-notify-meetings");
        Checkbox minutes = checkbox(getTranslation("profile.notify-minutes"), null, "profile-notify-minutes");
        Checkbox reminders = checkbox(getTranslation("profile.notify-reminders"), null, "profile-notify-reminders");
        Checkbox digest = checkbox(
                getTranslation("profile.notify-digest"),
                getTranslation("profile.notify-digest.help"),
                "profile-notify-digest");
        binder.forField(meetings).bind("notifyMeetings");
        binder.forField(minutes).bind("notifyMinutes");
        binder.forField(reminders).bind("notifyReminders");
        binder.forField(digest).bind("notifyDigest");

        binder.readRecord(profile.profile());

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-profile");

        add(
                language,
                phone,
                pronouns,
                needs,
                consent,
                new H2(getTranslation("profile.notifications")),
                new Paragraph(getTranslation("profile.notifications.intro")),
                meetings,
                minutes,
                reminders,
                digest,
                new Div(save));
    }

    private void save() {
        ProfileData data;
        try {
            data = binder.writeRecord();
        } catch (ValidationException invalid) {
            // The binder has already put each message next to its field.
            return;
        }
        current = people.updateMyProfile(data, current.version());
        binder.readRecord(current.profile());
        onSaved.accept(current);
    }

    private TextField text(String label, String help, int maxLength, String id) {
        TextField field = new TextField(label);
        field.setHelperText(help);
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(maxLength)));
        field.setWidthFull();
        field.setId(id);
        return field;
    }

    private Checkbox checkbox(String label, String help, String id) {
        Checkbox box = new Checkbox(label);
        if (help != null) {
            box.setHelperText(help);
        }
        box.setId(id);
        return box;
    }

    private String tooLong(int max) {
        return getTranslation("validation.too-long", max);
    }
}
