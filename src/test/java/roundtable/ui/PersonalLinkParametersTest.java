package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import roundtable.IntegrationTest;
import roundtable.base.ui.ServerErrorView;

/**
 * Pages a personal emailed link opens, reached with the token or the query altered as a mail
 * program, a scanner or a curious reader might: each says the link is not valid (or ignores what
 * it does not read), and none ends on the error page. The RSVP links are in {@link RsvpAnswerViewTest}.
 */
@IntegrationTest
@WithAnonymousUser
class PersonalLinkParametersTest extends SpringBrowserlessTest {

    static final List<String> ALTERED = List.of(
            "",
            " ",
            "<script>alert(1)</script>",
            "%00",
            "\u202eevil\u202c",
            "' OR 1=1 --",
            "../../etc/passwd",
            "{0}",
            "\ud83d",
            "a".repeat(5000));
    /** Altered tokens that still make one path segment (what makes none is the router's business, not the page's). */
    static final List<String> ALTERED_TOKENS = List.of(
            "x",
            "<b>",
            "%00",
            "\u202eevil\u202c",
            "' OR 1=1 --",
            "{0}",
            "\ud83d",
            "forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "a".repeat(5000));

    @Test
    void pollAndSubscriptionLinksWithAlteredTokensSayTheLinkIsNotValid() {
        for (String altered : ALTERED_TOKENS) {
            UI.getCurrent().navigate("availability/" + altered, QueryParameters.of("lang", altered));
            assertThat(find(ServerErrorView.class).exists())
                    .as("poll token " + altered)
                    .isFalse();
            assertThat(find(Paragraph.class).withId("link-problem").exists())
                    .as("poll token " + altered)
                    .isTrue();
            UI.getCurrent().navigate("subscriptions/confirm/" + altered, QueryParameters.of("lang", altered));
            assertThat(find(ServerErrorView.class).exists())
                    .as("subscription token " + altered)
                    .isFalse();
            assertThat(find(Paragraph.class).withId("link-problem").single().getText())
                    .isEqualTo(UI.getCurrent().getTranslation("subscriptions.link.invalid"));
        }
    }
}
