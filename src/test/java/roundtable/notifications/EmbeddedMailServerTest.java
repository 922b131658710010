package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** With no SMTP_HOST the app sends to an SMTP server of its own; with one, it sends there and starts none. */
class EmbeddedMailServerTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(EmbeddedMailServer.class);

    @Test
    void withoutAMailServerConfiguredMailGoesToTheEmbeddedOne() {
        app.withPropertyValues("spring.mail.host=").run(context -> {
            GreenMail server = context.getBean(GreenMail.class);
            JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
            assertThat(sender.getHost()).isEqualTo("127.0.0.1");
            assertThat(sender.getPort()).isEqualTo(server.getSmtp().getPort());

            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom("no-reply@roundtable.example.org");
            message.setTo("demo@example.org");
            message.setSubject("Hello");
            message.setText("It arrived.");
            sender.send(message);
            assertThat(server.getReceivedMessages())
                    .singleElement()
                    .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Hello"));
        });
    }

    @Test
    void aConfiguredMailServerIsUsedAndNoneIsStarted() {
        app.withPropertyValues("spring.mail.host=smtp.district.example", "spring.mail.port=587")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(GreenMail.class);
                    JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
                    assertThat(sender.getHost()).isEqualTo("smtp.district.example");
                    assertThat(sender.getPort()).isEqualTo(587);
                });
    }
}
