package roundtable.attendance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.Response;

/**
 * "What would help you take part", asked when the person says they may come (in person, online or
 * maybe), right under the answer; shown at once when they asked for something before, and one
 * button away when they answered before without asking. Until then the page holds none of its
 * fields: with its two language lists, the modes and the accommodations they are half of a meeting
 * page's server-side state, which every open tab keeps (SessionMemoryBenchmark).
 */
class NeedsWhenComing extends Div implements AnswerFollowUps.Needs {

    private static final long serialVersionUID = 1L;

    private final AccessNeeds current;
    private NeedsFields fields;
    private Button ask;

    NeedsWhenComing(ResponseChoice response, AccessNeeds current) {
        this.current = current;
        addClassName("needs-when-coming");
        if (current != null && current.any()) {
            show();
        } else if (coming(response.getValue())) {
            // The button goes once pressed: the first field takes the focus it had, for those on a keyboard.
            ask = new Button(getTranslation("rsvp.answer.help"), e -> show().focusFirst());
            ask.setId("rsvp-ask-help");
            ask.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(ask);
        }
        response.addValueChangeListener(e -> {
            if (coming(e.getValue())) {
                show();
            }
        });
    }

    private static boolean coming(Response response) {
        return response != null && response != Response.NOT_ATTENDING;
    }

    // Once shown, the fields stay, so a person who changes their answer back and forth keeps what they wrote.
    private NeedsFields show() {
        if (fields == null) {
            fields = new NeedsFields(current);
            if (ask != null) {
                remove(ask);
                ask = null;
            }
            add(fields);
        }
        return fields;
    }

    /** Shows the fields, if they were not yet, with these needs filled in. */
    @Override
    public void fill(AccessNeeds needs) {
        show().fill(needs);
    }

    /** What they asked for; what was asked before when the fields were never shown. */
    @Override
    public AccessNeeds value() {
        return fields != null ? fields.value() : current != null ? current : AccessNeeds.none();
    }

    Map<String, HasValidation> fields() {
        return fields == null ? Map.of() : fields.fields();
    }
}
