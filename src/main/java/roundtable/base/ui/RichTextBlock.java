package roundtable.base.ui;

import com.vaadin.flow.component.Html;
import roundtable.base.html.RichText;

/** Stored rich text, sanitised again on the way out, in one element a page can style. */
public final class RichTextBlock {

    private RichTextBlock() {}

    public static Html of(String html) {
        return new Html("<div class=\"rich-text\">" + RichText.sanitise(html) + "</div>");
    }
}
