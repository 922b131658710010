package roundtable.languageservices.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The coordinator's pages, side by side: requests, the roster, demand over the months and the
 * languages each committee needs. The feature lays out its own pages; the app's menu (built from
 * {@code @Menu}) leads to the first of them.
 */
public class LanguageServicesNav extends Nav {

    private static final long serialVersionUID = 1L;

    public static final String REQUESTS = "language-services/requests";
    public static final String INTERPRETERS = "language-services/interpreters";
    public static final String DEMAND = "language-services/demand";
    public static final String NEEDS = "language-services";

    public LanguageServicesNav(String current) {
        addClassName("section-nav");
        getElement().setAttribute("aria-label", getTranslation("language-services.nav"));
        link(REQUESTS, "language-services.nav.requests", current);
        link(INTERPRETERS, "language-services.nav.interpreters", current);
        link(DEMAND, "language-services.nav.demand", current);
        link(NEEDS, "language-services.nav.needs", current);
    }

    private void link(String path, String key, String current) {
        Anchor a = new Anchor(path, getTranslation(key));
        a.setId(key.substring(key.lastIndexOf('.') + 1) + "-link");
        if (path.equals(current)) {
            a.getElement().setAttribute("aria-current", "page");
        }
        add(a);
    }
}
