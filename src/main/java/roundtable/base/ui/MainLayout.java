package roundtable.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.LanguagePreferences;
import roundtable.base.security.RoundtableUser;

/**
 * The frame around every page. The navigation lists only the views the visitor may open,
 * because Vaadin's menu applies the same access rules as navigation itself. Every page's own
 * content sits in one {@code <main>}, which the first Tab stop, "Skip to content", leads to.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    static final String CONTENT_ID = "main-content";

    private final Main main = new Main();
    private final Anchor skipLink;

    public MainLayout(
            AuthenticationContext authentication, LanguagePreferences languages, RoundtableProperties properties) {
        setPrimarySection(Section.DRAWER);

        skipLink = new Anchor("#" + CONTENT_ID, getTranslation("nav.skip"));
        skipLink.setId("skip-link");
        skipLink.addClassName("skip-link");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));

        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");

        Header navbar = new Header(skipLink, toggle, spacer, new LanguageSwitch(languages), userArea(authentication));
        navbar.addClassName("navbar");
        addToNavbar(navbar);

        // Relative to the page's base, which Vaadin sets to the application root.
        Anchor home = new Anchor(".", getTranslation("app.name"));
        home.addClassName("brand");
        Span organisation = new Span(properties.organisationName());
        organisation.addClassName("brand-organisation");
        Div brandBlock = new Div(home, organisation);
        brandBlock.addClassName("brand-block");

        // The app's name links home, so it belongs to the navigation landmark with the menu under it.
        Nav navigation = new Nav(brandBlock, new Scroller(menu()));
        navigation.addClassName("drawer-navigation");
        navigation.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        Footer footer = new Footer(new Text(getTranslation("app.tagline")));
        footer.addClassName("drawer-footer");
        addToDrawer(navigation, footer);

        main.setId(CONTENT_ID);
        // Focusable by the skip link, not a Tab stop of its own.
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
    }

    /** A page's content goes into the one main landmark rather than straight into the layout. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        // What AppLayout does itself after navigating: a menu laid over a phone's page closes.
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    /** The page's base is the app's root, so "#main-content" alone would lead to the home page. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        skipLink.setHref(event.getLocation().getPathWithQueryParameters() + "#" + CONTENT_ID);
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        // A group inside the drawer's one navigation landmark, not a second landmark of the same name.
        nav.getElement().setAttribute("role", "group");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Div userArea(AuthenticationContext authentication) {
        Div area = new Div();
        area.addClassName("user-area");
        authentication
                .getAuthenticatedUser(RoundtableUser.class)
                .ifPresentOrElse(
                        user -> {
                            Span name = new Span(user.displayName());
                            name.addClassName("user-name");
                            Button signOut = new Button(getTranslation("auth.sign-out"), e -> authentication.logout());
                            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            signOut.setId("sign-out");
                            area.add(name, signOut);
                        },
                        () -> {
                            Anchor signIn = new Anchor(LoginView.ROUTE, getTranslation("auth.sign-in"));
                            signIn.setId("sign-in");
                            signIn.addClassName("sign-in-link");
                            area.add(signIn);
                        });
        return area;
    }
}
