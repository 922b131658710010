package roundtable.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/** Links to files the app serves over plain HTTP (calendar and news feeds), outside Vaadin's router. */
public final class FileLinks {

    private FileLinks() {}

    /** A plain link the browser follows itself: the feed is a file for other apps, not a page of this one. */
    public static Paragraph paragraph(String href, String text, String id) {
        Anchor link = new Anchor(href, text);
        link.setRouterIgnore(true);
        link.setId(id);
        return new Paragraph(link);
    }
}
