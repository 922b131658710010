package roundtable.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.base.ui.LoginView;
import roundtable.base.ui.NotFoundView;
import roundtable.base.ui.ServerErrorView;
import roundtable.security.AccessDecisions.Audience;
import roundtable.security.AccessDecisions.Page;
import roundtable.security.AccessDecisions.Person;
import roundtable.security.AccessDecisions.Sample;

/**
 * The access scan, pages: every Vaadin route has a decision in {@link AccessDecisions}, and every
 * sample address opens for its audience and for nobody else, as each demo account and as a visitor.
 */
@IntegrationTest
class RouteAccessScanTest extends SpringBrowserlessTest {

    /** What opening an address led to. */
    enum Outcome {
        SHOWN,
        SENT_HOME,
        SIGN_IN,
        REFUSED,
        FAILED
    }

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void lookUpDemoIds() {
        DemoIds.prepare(context);
    }

    @Test
    @WithAnonymousUser
    void everyRouteHasAnAccessDecisionAndEveryDecisionARoute() {
        Set<String> routes = routeTargets().keySet();
        Set<String> decided = AccessDecisions.PAGES.stream().map(Page::template).collect(Collectors.toSet());

        assertThat(new TreeSet<>(routes))
                .as("add an access decision to AccessDecisions.PAGES for")
                .isSubsetOf(decided);
        assertThat(new TreeSet<>(decided))
                .as("AccessDecisions.PAGES names routes the app no longer has")
                .isSubsetOf(routes);
    }

    @Test
    @WithAnonymousUser
    void visitor() {
        scanAs(Person.ANONYMOUS);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void administrator() {
        scanAs(Person.ADMIN);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void dacChair() {
        scanAs(Person.DAC_CHAIR);
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void dacSecretary() {
        scanAs(Person.DAC_SECRETARY);
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void dacMember() {
        scanAs(Person.DAC_MEMBER);
    }

    @Test
    @WithUserDetails("language.services@example.org")
    void languageServicesCoordinator() {
        scanAs(Person.COORDINATOR);
    }

    @Test
    @WithUserDetails(value = "robert.nakamura@example.org", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void facChair() {
        scanAs(Person.FAC_CHAIR);
    }

    private void scanAs(Person who) {
        Map<String, Class<? extends Component>> targets = routeTargets();
        List<String> wrong = new ArrayList<>();
        for (Page page : AccessDecisions.PAGES) {
            Class<? extends Component> target = targets.get(page.template());
            for (Sample sample : page.samples()) {
                String path = DemoIds.fill(context, sample.path());
                Outcome expected = expected(sample.audience(), who, target.isAnnotationPresent(AnonymousAllowed.class));
                Outcome got = open(path, target, targets.get(""));
                if (got != expected) {
                    wrong.add("/" + path + ": expected " + expected + ", got " + got + " (" + currentViewName() + ")");
                }
            }
        }
        assertThat(wrong)
                .as("pages that did not answer " + who + " as AccessDecisions says")
                .isEmpty();
    }

    /** Outside the audience: sent to sign in first, unless the page is one visitors may open at all. */
    private static Outcome expected(Audience audience, Person who, boolean publicPage) {
        if (!audience.allowed.contains(who)) {
            return who == Person.ANONYMOUS && !publicPage ? Outcome.SIGN_IN : Outcome.REFUSED;
        }
        return audience == Audience.VISITORS && who != Person.ANONYMOUS ? Outcome.SENT_HOME : Outcome.SHOWN;
    }

    private Outcome open(String path, Class<? extends Component> target, Class<? extends Component> home) {
        try {
            navigate(path, Component.class);
        } catch (RuntimeException e) {
            return Outcome.FAILED;
        }
        Object view = getCurrentView();
        if (view.getClass() == target) {
            return Outcome.SHOWN;
        }
        if (view.getClass() == home) {
            return Outcome.SENT_HOME;
        }
        if (view instanceof LoginView) {
            return Outcome.SIGN_IN;
        }
        if (view instanceof NotFoundView) {
            return Outcome.REFUSED;
        }
        // A service's refusal while the page was being built shows as "not found" too; any other error fails.
        if (view instanceof ServerErrorView error
                && error.getElement()
                        .getTextRecursively()
                        .contains(UI.getCurrent().getTranslation("error.not-found.title"))) {
            return Outcome.REFUSED;
        }
        return Outcome.FAILED;
    }

    private String currentViewName() {
        return getCurrentView().getClass().getSimpleName();
    }

    /** Every route template the app registers, aliases included, with the view it opens. */
    private static Map<String, Class<? extends Component>> routeTargets() {
        Map<String, Class<? extends Component>> targets = new HashMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            targets.put(route.getTemplate(), route.getNavigationTarget());
            route.getRouteAliases().forEach(alias -> targets.put(alias.getTemplate(), alias.getNavigationTarget()));
        }
        return targets;
    }
}
