package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;

@IntegrationTest
class MyCommitteesViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("dac.chair@example.org")
    void chairMayEditTheirCommitteesDescriptionOnly() {
        navigate("my/committees", Component.class);
        assertThat(find(Button.class).withId("edit-description-dac").exists()).isTrue();
        assertThat(find(Button.class)
                        .withId("edit-description-partnership-for-fiscal-sustainability")
                        .exists())
                .isFalse();
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void memberSeesTheirCommitteesButNoEditing() {
        navigate("my/committees", Component.class);
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("edit-description"));
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("District Accountability Committee", "dac.chair@example.org");
    }
}
