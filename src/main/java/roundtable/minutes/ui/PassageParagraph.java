package roundtable.minutes.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import roundtable.minutes.MatchedPassage;

/**
 * A passage with the words that matched in {@code <mark>}: browsers and assistive technology
 * know the element, and the stylesheet makes it bold and underlined as well as tinted, so the
 * match is never told by colour alone. Every part is set as text, never parsed as HTML.
 */
class PassageParagraph extends Paragraph {

    private static final long serialVersionUID = 1L;

    PassageParagraph(MatchedPassage passage, String label, String language) {
        addClassName("matched-passage");
        if (!passage.matches().isEmpty()) {
            Span heard = new Span(label + " ");
            heard.addClassName("visually-hidden");
            add(heard);
        }
        // The label is in the reader's language, the passage in its own (an original in English for a Spanish reader).
        Span text = new Span();
        text.getElement().setAttribute("lang", language);
        for (MatchedPassage.Part part : passage.parts()) {
            if (part.match()) {
                text.getElement().appendChild(new Element("mark").setText(part.text()));
            } else {
                text.add(new Text(part.text()));
            }
        }
        add(text);
    }
}
