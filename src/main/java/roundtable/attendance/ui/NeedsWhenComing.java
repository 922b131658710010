package roundtable.attendance.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;

import roundtable.attendance.AccessNeeds;
import roundtable.attendance.Response;

/**
 * "What would help you take part", asked once the person says they may come (in person, online or
 * maybe), right under the answer. Until then the page holds none of its fields: with its two
 * language lists, the modes and the accommodations they are half of a meeting page's server-side
 * state, which every open tab keeps (SessionMemoryBenchmark), and most readers never answer.
 */
class NeedsWhenComing extends Div {

    private static final long serialVersionUID = 1L;

    private final AccessNeeds current;
    private NeedsFields fields;

    NeedsWhenComing(ResponseChoice response, AccessNeeds current) {
        this.current = current;
        addClassName("needs-when-coming");
        showFor(response.getValue());
        response.addValueChangeListener(e -> showFor(e.getValue()));
    }

    private void showFor(Response response) {
        // Once shown, the fields stay, so a person who changes their answer back and forth keeps what they wrote.
        if (fields == null && response != null && response != Response.NOT_ATTENDING) {
            fields = new NeedsFields(current);
            add(fields);
        }
    }

    /** What they asked for; what was asked before when the fields were never shown. */
    AccessNeeds value() {
        return fields != null ? fields.value() : current != null ? current : AccessNeeds.none();
    }

    Map<String, HasValidation> fields() {
        return fields == null ? Map.of() : fields.fields();
    }
}
