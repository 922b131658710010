package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.NotFoundView;
import roundtable.notifications.EmailStatus;
import roundtable.notifications.NotificationService;
import roundtable.notifications.OutboxEntry;
import roundtable.notifications.OutboxTestSupport;

@IntegrationTest
class OutboxViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext app;

    @Autowired
    GreenMail greenMail;

    @Autowired
    AuditService audit;

    @Autowired
    NotificationService notifications;

    @Test
    @WithUserDetails("admin@example.org")
    void anAdministratorFindsAFailedEmailReadsItAndSendsItAgain() {
        String to = "moved.away." + System.nanoTime() + "@example.org";
        long id = OutboxTestSupport.dead(
                app,
                to,
                "Your sign-in link",
                "Open this link to sign in.",
                "Invalid Addresses: 550 5.1.1 mailbox unavailable");

        navigate("admin/outbox", Component.class);
        assertThat(find(Paragraph.class).withId("outbox-counts").single().getText())
                .contains("Failed: ");
        test(find(Select.class).withId("outbox-state").single()).selectItem("Failed");
        Grid<OutboxEntry> grid = grid();
        assertThat(test(grid).size()).isPositive();
        assertThat(IntStream.range(0, test(grid).size())
                        .mapToObj(i -> test(grid).getRow(i)))
                .allSatisfy(e -> assertThat(e.status().name()).isEqualTo("DEAD"))
                .anySatisfy(e -> assertThat(e.recipient()).isEqualTo(to));

        navigate("admin/outbox/" + id, Component.class);
        String facts = find(DescriptionList.class)
                .withId("outbox-message-facts")
                .single()
                .getElement()
                .getTextRecursively();
        assertThat(facts).contains(to, "Failed", "550 5.1.1 mailbox unavailable");
        assertThat(find(Pre.class).withId("outbox-message-text").single().getText())
                .isEqualTo("Open this link to sign in.");
        assertThat(audit.search(to, 0, 10))
                .anySatisfy(r -> assertThat(r.summary()).contains("Read the email to " + to));

        test(find(Button.class).withId("outbox-send-again").single()).click();
        assertThat(find(Notification.class).all()).isNotEmpty();
        assertThat(find(DescriptionList.class)
                        .withId("outbox-message-facts")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Queued");
        assertThat(find(Button.class).withId("outbox-send-again").all())
                .as("queued: on its way already")
                .isEmpty();
        assertThat(Mailbox.to(greenMail, to, 1, Duration.ofSeconds(20)))
                .as("sent again, for real")
                .hasSize(1);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void allFailedEmailsAreSentAgainInOneClick() {
        String first = "relay.mended.a." + System.nanoTime() + "@example.org";
        String second = "relay.mended.b." + System.nanoTime() + "@example.org";
        OutboxTestSupport.dead(app, first, "Minutes published", "The minutes.", "535 authentication failed");
        OutboxTestSupport.dead(app, second, "Minutes published", "The minutes.", "535 authentication failed");

        navigate("admin/outbox", Component.class);
        test(find(Button.class).withId("outbox-send-all-again").single()).click();
        test(find(ConfirmDialog.class).withId("outbox-send-all-again-confirm").single())
                .confirm();

        assertThat(Mailbox.to(greenMail, first, 1, Duration.ofSeconds(20))).hasSize(1);
        assertThat(Mailbox.to(greenMail, second, 1, Duration.ofSeconds(20))).hasSize(1);
        assertThat(notifications.counts().get(EmailStatus.DEAD)).isZero();
    }

    @Test
    @WithUserDetails("admin@example.org")
    void aSentEmailOffersNoSecondSending() {
        String to = "once." + System.nanoTime() + "@example.org";
        long id = OutboxTestSupport.dead(app, to, "Minutes published", "Read them.", "550 no such user");
        navigate("admin/outbox/" + id, Component.class);
        test(find(Button.class).withId("outbox-send-again").single()).click();
        Mailbox.to(greenMail, to, 1, Duration.ofSeconds(20));
        awaitSent(id);

        navigate("admin/outbox/" + id, Component.class);
        assertThat(find(DescriptionList.class)
                        .withId("outbox-message-facts")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Sent");
        assertThat(find(Button.class).withId("outbox-send-again").all()).isEmpty();
        long version = notifications.message(id).orElseThrow().version();
        assertThatThrownBy(() -> notifications.sendAgain(id, version))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("outbox.sendAgain.notNow");
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void onlyAdministratorsSeeTheOutbox() {
        navigate("admin/outbox", NotFoundView.class);
        navigate("admin/outbox/1", NotFoundView.class);
        assertThat(find(Grid.class).withId("outbox-grid").exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private Grid<OutboxEntry> grid() {
        return find(Grid.class).withId("outbox-grid").single();
    }

    private void awaitSent(long id) {
        var jdbc = app.getBean(JdbcTemplate.class);
        OutboxTestSupport.await(
                "sent",
                Duration.ofSeconds(20),
                () -> "SENT"
                        .equals(jdbc.queryForObject(
                                "select status from outbound_email where id = ?", String.class, id)));
    }
}
