package roundtable.attendance.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import roundtable.attendance.Response;

/** "Will you come?" with the four answers, one under another so they fit a phone. */
class ResponseChoice extends RadioButtonGroup<Response> {

    private static final long serialVersionUID = 1L;

    ResponseChoice(Response current) {
        this(current, List.of(Response.values()));
    }

    /** Only the answers offered, e.g. no "in person" for a meeting held only online. */
    ResponseChoice(Response current, List<Response> offered) {
        setLabel(getTranslation("rsvp.question"));
        setId("rsvp-response");
        setItems(offered);
        setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        setRequiredIndicatorVisible(true);
        setValue(current);
    }
}
