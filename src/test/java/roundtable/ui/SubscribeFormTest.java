package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.base.i18n.Language;
import roundtable.committees.CommitteeService;
import roundtable.notifications.NotificationService;
import roundtable.subscriptions.Category;
import roundtable.subscriptions.SubscriptionRequests;
import roundtable.subscriptions.SubscriptionService;

/** "Follow by email" on a body's public page and the confirmation page its email links to, without an account. */
@IntegrationTest
class SubscribeFormTest extends SpringBrowserlessTest {

    @Autowired
    GreenMail mail;

    @Autowired
    NotificationService notifications;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    CommitteeService committees;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void letTheMailGo() {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
    }

    String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    @Test
    @WithAnonymousUser
    @SuppressWarnings("unchecked")
    void aResidentSubscribesFromTheBodysPageAndConfirmsOnlyByPressingTheButton() {
        navigate("committees/dac", Component.class);
        EmailField email = find(EmailField.class).withId("subscribe-email").single();
        CheckboxGroup<Category> categories =
                find(CheckboxGroup.class).withId("subscribe-categories").single();
        assertThat(categories.getValue())
                .as("both, unless the reader says otherwise")
                .containsExactlyInAnyOrder(Category.values());

        categories.setValue(EnumSet.noneOf(Category.class));
        test(email).setValue("page.reader@example.net");
        test(find(Button.class).withId("subscribe-send").single()).click();
        assertThat(categories.isInvalid()).isTrue();
        assertThat(categories.getErrorMessage()).isEqualTo(t("subscriptions.error.nothing-chosen"));

        categories.setValue(EnumSet.of(Category.MEETINGS));
        find(Select.class).withId("subscribe-language").single().setValue(Language.SPANISH);
        test(find(Button.class).withId("subscribe-send").single()).click();
        assertThat(find(Paragraph.class).withId("subscribe-status").single().getText())
                .isEqualTo(t("subscriptions.form.sent", "page.reader@example.net"));

        String link = Mailbox.awaitLink(
                mail, "page.reader@example.net", "", SubscriptionRequests.CONFIRM_PATH, Duration.ofSeconds(20));
        navigate(link.replaceAll(".*/subscriptions/confirm/", "subscriptions/confirm/"), Component.class);
        assertThat(find(Paragraph.class).withId("subscription-status").exists())
                .as("a visit alone subscribes nobody")
                .isFalse();
        test(find(Button.class).withId("subscription-confirm").single()).click();
        assertThat(find(Paragraph.class).withId("subscription-status").single().getText())
                .as("the confirming page speaks the language the reader chose for the emails")
                .contains("page.reader@example.net", "los anuncios de reuniones", "en español");
        long dac = committees.findBySlug("dac").orElseThrow().id();
        assertThat(subscriptions.subscribers(dac, Category.MEETINGS))
                .anyMatch(s -> s.email().equals("page.reader@example.net"));

        navigate("subscriptions/confirm/forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Component.class);
        assertThat(find(Paragraph.class).withId("link-problem").single().getText())
                .isEqualTo(t("subscriptions.link.invalid"));
    }

    @Test
    @WithAnonymousUser
    void aBadAddressIsSaidAtItsField() {
        navigate("committees/dac", Component.class);
        EmailField email = find(EmailField.class).withId("subscribe-email").single();
        test(email).setValue("no-at-sign");
        test(find(Button.class).withId("subscribe-send").single()).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(t("subscriptions.error.email"));
        assertThat(find(Paragraph.class).withId("subscribe-status").exists()).isFalse();
    }
}
