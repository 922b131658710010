package roundtable.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
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
 * because Vaadin's menu applies the same access rules as navigation itself.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;

    public MainLayout(AuthenticationContext authentication, LanguagePreferences languages,
            RoundtableProperties properties) {
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));

        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");

        Header navbar = new Header(toggle, spacer, new LanguageSwitch(languages), userArea(authentication));
        navbar.addClassName("navbar");
        addToNavbar(navbar);

        // Relative to the page's base, which Vaadin sets to the application root.
        Anchor home = new Anchor(".", getTranslation("app.name"));
        home.addClassName("brand");
        Span organisation = new Span(properties.organisationName());
        organisation.addClassName("brand-organisation");
        Div brandBlock = new Div(home, organisation);
        brandBlock.addClassName("brand-block");

        Scroller scroller = new Scroller(navigation());
        Footer footer = new Footer(new Text(getTranslation("app.tagline")));
        footer.addClassName("drawer-footer");
        addToDrawer(brandBlock, scroller, footer);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
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
        authentication.getAuthenticatedUser(RoundtableUser.class).ifPresentOrElse(user -> {
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            Button signOut = new Button(getTranslation("auth.sign-out"), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.setId("sign-out");
            area.add(name, signOut);
        }, () -> {
            Anchor signIn = new Anchor(LoginView.ROUTE, getTranslation("auth.sign-in"));
            signIn.setId("sign-in");
            signIn.addClassName("sign-in-link");
            area.add(signIn);
        });
        return area;
    }
}
