package roundtable.attendance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.AccommodationType;
import roundtable.attendance.AttendanceLimits;
import roundtable.attendance.InterpretationMode;
import roundtable.base.i18n.LanguageNames;

/** "What would help you take part": the same questions for members and guests, read back as {@link AccessNeeds}. */
class NeedsFields extends Composite<Div> implements AnswerFollowUps.Needs {

    private static final long serialVersionUID = 1L;

    private final Select<String> interpretation = new Select<>();
    private final RadioButtonGroup<InterpretationMode> mode = new RadioButtonGroup<>();
    private final Select<String> translation = new Select<>();
    private final CheckboxGroup<AccommodationType> accommodations = new CheckboxGroup<>();
    private final TextArea details = new TextArea();
    private final IntegerField children = new IntegerField();
    private final TextField ages = new TextField();
    private final Checkbox loaner = new Checkbox();

    NeedsFields(AccessNeeds current) {
        Div root = getContent();
        root.addClassName("needs");
        root.add(new H3(getTranslation("rsvp.needs.title")), new Paragraph(getTranslation("rsvp.needs.help")));

        languageSelect(interpretation, "rsvp.needs.interpretation", "rsvp-interpretation", LanguageNames.OFFERED);
        mode.setLabel(getTranslation("rsvp.needs.mode"));
        mode.setId("rsvp-interpretation-mode");
        mode.setItems(InterpretationMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setValue(InterpretationMode.IN_PERSON);
        interpretation.addValueChangeListener(e -> mode.setVisible(e.getValue() != null));

        // Sign language has no written form: written translation offers the other languages.
        languageSelect(
                translation,
                "rsvp.needs.translation",
                "rsvp-translation",
                LanguageNames.OFFERED.stream().filter(t -> !"ase".equals(t)).toList());

        accommodations.setLabel(getTranslation("rsvp.needs.accommodations"));
        accommodations.setId("rsvp-accommodations");
        accommodations.setItems(AccommodationType.values());
        accommodations.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        accommodations.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        details.setLabel(getTranslation("rsvp.needs.details"));
        details.setId("rsvp-accommodation-details");
        details.setMaxLength(AttendanceLimits.DETAILS);
        details.setHelperText(getTranslation("rsvp.needs.details-help", AttendanceLimits.DETAILS));

        children.setLabel(getTranslation("rsvp.needs.children"));
        children.setId("rsvp-children");
        children.setMin(0);
        children.setMax(AttendanceLimits.MAX_CHILDREN);
        children.setStepButtonsVisible(true);
        ages.setLabel(getTranslation("rsvp.needs.ages"));
        ages.setId("rsvp-children-ages");
        ages.setMaxLength(AttendanceLimits.CHILDREN_AGES);
        loaner.setLabel(getTranslation("rsvp.needs.loaner"));
        loaner.setId("rsvp-loaner");

        root.add(interpretation, mode, translation, accommodations, details, children, ages, loaner);
        fill(current == null ? AccessNeeds.none() : current);
    }

    private void languageSelect(Select<String> select, String labelKey, String id, List<String> tags) {
        select.setLabel(getTranslation(labelKey));
        select.setId(id);
        select.setItems(tags);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("rsvp.needs.none"));
        select.setItemLabelGenerator(
                tag -> tag == null ? getTranslation("rsvp.needs.none") : LanguageNames.of(tag, getLocale()));
    }

    @Override
    public void fill(AccessNeeds needs) {
        interpretation.setValue(needs.interpretationLanguage());
        if (needs.interpretationMode() != null) {
            mode.setValue(needs.interpretationMode());
        }
        mode.setVisible(needs.interpretationLanguage() != null);
        translation.setValue(needs.translationLanguage());
        accommodations.setValue(needs.accommodations());
        details.setValue(needs.accommodationDetails() == null ? "" : needs.accommodationDetails());
        children.setValue(needs.childrenCount());
        ages.setValue(needs.childrenAges() == null ? "" : needs.childrenAges());
        loaner.setValue(needs.loaner());
    }

    @Override
    public AccessNeeds value() {
        return new AccessNeeds(
                interpretation.getValue(),
                interpretation.getValue() == null ? null : mode.getValue(),
                translation.getValue(),
                accommodations.getValue(),
                details.getValue(),
                children.getValue(),
                ages.getValue(),
                loaner.getValue());
    }

    void focusFirst() {
        interpretation.focus();
    }

    /** The fields by the names the service gives its refusals. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("interpretationLanguage", interpretation);
        fields.put("interpretationMode", mode);
        fields.put("translationLanguage", translation);
        fields.put("accommodationDetails", details);
        fields.put("childrenCount", children);
        fields.put("childrenAges", ages);
        return fields;
    }
}
