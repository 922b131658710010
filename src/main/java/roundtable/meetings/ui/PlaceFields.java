package roundtable.meetings.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.ui.FieldErrors;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingLimits;
import roundtable.meetings.MeetingPlace;

/**
 * Where and how people take part, asked the same way wherever a meeting is planned: the meeting
 * editor and "find a time" (whose meeting takes the place whole). A mistake is shown at its field by
 * {@link MeetingPlace#check()}, the rules the services apply too, so both forms say the same thing:
 * an address for a meeting in person, a join link or dial-in for one online, a link that is a web
 * address. A field left blank is "not given". The fields validate only when asked, never on their own.
 */
public class PlaceFields extends Composite<FormLayout> {

    private static final long serialVersionUID = 1L;

    private final FormLayout layout = new FormLayout();
    private final RadioButtonGroup<MeetingFormat> format = new RadioButtonGroup<>();
    private final TextField location = new TextField();
    private final TextField room = new TextField();
    private final TextArea accessNotes = new TextArea();
    private final TextField onlineUrl = new TextField();
    private final TextField dialIn = new TextField();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final Map<String, HasValidation> fields = Map.of(
            "format",
            format,
            "location",
            location,
            "room",
            room,
            "accessNotes",
            accessNotes,
            "onlineUrl",
            onlineUrl,
            "dialIn",
            dialIn,
            "languagesOffered",
            languages);

    /**
     * @param idPrefix what the fields' ids start with, so each form keeps its own: "meeting" names the
     *                 address field "meeting-location"
     */
    public PlaceFields(String idPrefix) {
        format.setLabel(getTranslation("meeting-editor.format"));
        format.setItems(MeetingFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        format.setId(idPrefix + "-format");
        describe(location, "meeting-editor.location", true, MeetingLimits.LOCATION, idPrefix + "-location");
        describe(room, "meeting-editor.room", false, MeetingLimits.ROOM, idPrefix + "-room");
        accessNotes.setLabel(getTranslation("meeting-editor.access-notes"));
        accessNotes.setHelperText(getTranslation("meeting-editor.access-notes.help"));
        accessNotes.setMaxLength(MeetingLimits.ACCESS_NOTES);
        accessNotes.setId(idPrefix + "-access");
        describe(onlineUrl, "meeting-editor.online-url", true, MeetingLimits.URL, idPrefix + "-online-url");
        describe(dialIn, "meeting-editor.dial-in", true, MeetingLimits.DIAL_IN, idPrefix + "-dial-in");
        languages.setLabel(getTranslation("meeting-editor.languages"));
        languages.setItems(LanguageNames.OFFERED);
        languages.setItemLabelGenerator(tag -> LanguageNames.of(tag, getLocale()));
        languages.setId(idPrefix + "-languages");

        for (HasValidation field : fields.values()) {
            // The rules below speak for every field: a field's own check would flag it red with no reason.
            if (field instanceof TextField text) {
                text.setManualValidation(true);
            } else if (field instanceof TextArea area) {
                area.setManualValidation(true);
            } else if (field instanceof RadioButtonGroup<?> group) {
                group.setManualValidation(true);
            }
            if (field instanceof AbstractField<?, ?> input) {
                input.addValueChangeListener(e -> field.setInvalid(false));
            }
        }
        format.addValueChangeListener(e -> {
            // What is needed depends on the format: what was missing for the old one may not be now.
            location.setInvalid(false);
            onlineUrl.setInvalid(false);
            location.setRequiredIndicatorVisible(e.getValue() != MeetingFormat.ONLINE);
        });

        layout.add(format, location, room, accessNotes, onlineUrl, dialIn, languages);
        layout.setColspan(format, 2);
        layout.setColspan(accessNotes, 2);
        layout.setColspan(languages, 2);
        setPlace(new MeetingPlace(MeetingFormat.HYBRID, null, null, null));
    }

    @Override
    protected FormLayout initContent() {
        return layout;
    }

    /** Fills the fields; a place not given is shown as empty fields. */
    public void setPlace(MeetingPlace place) {
        format.setValue(place.format());
        location.setValue(text(place.location()));
        room.setValue(text(place.room()));
        accessNotes.setValue(text(place.accessNotes()));
        onlineUrl.setValue(text(place.onlineUrl()));
        dialIn.setValue(text(place.dialIn()));
        languages.setValue(new HashSet<>(place.languagesOffered()));
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** The place as filled in, unchecked: languages in the district's order, blanks as not given. */
    public MeetingPlace getPlace() {
        return new MeetingPlace(
                format.getValue(),
                location.getValue(),
                room.getValue(),
                accessNotes.getValue(),
                onlineUrl.getValue(),
                dialIn.getValue(),
                LanguageNames.OFFERED.stream()
                        .filter(languages.getValue()::contains)
                        .toList());
    }

    /** The place if it keeps every rule; otherwise empty, with the first rule broken shown at its field. */
    public Optional<MeetingPlace> checkedPlace() {
        MeetingPlace place = getPlace();
        try {
            place.check();
            return Optional.of(place);
        } catch (RuleViolationException problem) {
            FieldErrors.show(this, problem, fields);
            return Optional.empty();
        }
    }

    /** The fields by the names the services give a refusal, for {@link FieldErrors#show}. */
    public Map<String, HasValidation> fields() {
        return fields;
    }

    private void describe(TextField field, String key, boolean helped, int maxLength, String id) {
        field.setLabel(getTranslation(key));
        if (helped) {
            field.setHelperText(getTranslation(key + ".help"));
        }
        field.setMaxLength(maxLength);
        field.setId(id);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
