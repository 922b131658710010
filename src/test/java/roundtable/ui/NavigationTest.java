package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.base.ui.MainLayout;

/** Each person sees in the menu exactly what they may open. */
@IntegrationTest
class NavigationTest extends SpringBrowserlessTest {

    private List<String> menu() {
        navigate("", Component.class);
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithAnonymousUser
    void visitorsSeeOnlyThePublicPagesAndASignInLink() {
        assertThat(menu()).containsExactly("Home", "Committees", "Meetings", "Minutes");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Sign in");
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void memberAlsoSeesTheirCommitteesAndProfileInTheirOwnLanguage() {
        assertThat(menu()).containsExactly("Inicio", "Comités", "Reuniones", "Actas", "Mis comités", "Mi perfil");
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void chairSeesMemberPagesButNoAdministration() {
        assertThat(menu()).containsExactly("Home", "Committees", "Meetings", "Minutes", "My committees", "My profile");
    }

    @Test
    @WithUserDetails("language.services@example.org")
    void coordinatorSeesLanguageServices() {
        assertThat(menu()).contains("Servicios lingüísticos").doesNotContain("Personas");
    }

    @Test
    @WithUserDetails("admin@example.org")
    void administratorSeesPeopleAndTheOutbox() {
        assertThat(menu())
                .containsExactly(
                        "Home",
                        "Committees",
                        "Meetings",
                        "Minutes",
                        "My committees",
                        "My profile",
                        "Language services",
                        "Bodies",
                        "People",
                        "Email outbox",
                        "Audit trail");
        assertThat(UI.getCurrent().getChildren().anyMatch(MainLayout.class::isInstance))
                .isTrue();
    }
}
