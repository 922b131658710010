package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;
import roundtable.RoundtableApplication;

/**
 * Production mail never silently vanishes: outside the demo default, no SMTP_HOST means no start, unless the
 * operator chose the embedded server on purpose (MAIL_MODE=embedded).
 */
@ExtendWith(OutputCaptureExtension.class)
class MailModeTest {

    @Test
    void theAppWithThePostgresProfileAndNoSmtpHostRefusesToStartAndSaysWhatToSet(CapturedOutput output) {
        // H2 stands in for PostgreSQL: the refusal comes before the database is touched.
        SpringApplication app = new SpringApplication(RoundtableApplication.class);
        app.setAdditionalProfiles("postgres");
        Throwable refused = catchThrowable(() -> {
            try (var started = app.run(
                    "--spring.datasource.url=jdbc:h2:mem:mail-mode-" + System.nanoTime(),
                    "--spring.datasource.username=sa",
                    "--spring.datasource.password=",
                    "--spring.mail.host=",
                    "--server.port=0",
                    "--spring.main.banner-mode=off")) {
                // started: nothing to do but close it
            }
        });

        assertThat(refused).as("start-up is refused").isNotNull();
        assertThat(refused).hasMessageContaining("SMTP_HOST").hasMessageContaining("MAIL_MODE=embedded");
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("SMTP_HOST")
                .contains("MAIL_MODE=embedded");
    }

    private final ApplicationContextRunner mailConfiguration = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailModeCheck.class, EmbeddedMailServer.class);

    @Test
    void withMailModeEmbeddedThePostgresProfileStartsAndSendsToTheEmbeddedServer() {
        mailConfiguration
                .withPropertyValues(
                        "spring.profiles.active=postgres", "roundtable.mail.mode=embedded", "spring.mail.host=")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    GreenMail server = context.getBean(GreenMail.class);
                    JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
                    assertThat(sender.getHost()).isEqualTo("127.0.0.1");
                    assertThat(sender.getPort()).isEqualTo(server.getSmtp().getPort());
                });
    }

    @Test
    void thePostgresProfileWithoutSmtpHostFailsBeforeAnyMailBeanIsMade() {
        mailConfiguration
                .withPropertyValues("spring.profiles.active=postgres", "spring.mail.host=")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .isInstanceOf(MailMode.NotConfigured.class)
                            .hasMessageContaining("SMTP_HOST")
                            .hasMessageContaining("MAIL_MODE=embedded");
                });
    }

    @Test
    void theDemoDefaultKeepsTheEmbeddedServerAndSaysSoInTheLog(CapturedOutput output) {
        mailConfiguration.withPropertyValues("spring.mail.host=").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(GreenMail.class);
            context.getBean(JavaMailSenderImpl.class);
        });
        assertThat(output)
                .contains("Demo settings (no SMTP_HOST, default profile): emails go to Roundtable's embedded"
                        + " SMTP server");
    }

    @Test
    void aServerWithSmtpHostDeliversThereWhateverItsProfile() {
        assertThat(MailMode.of(settings("postgres").withProperty(MailMode.HOST, "smtp.district.example")))
                .isEqualTo(MailMode.SMTP);
        assertThat(MailMode.of(settings().withProperty(MailMode.HOST, "smtp.district.example")))
                .isEqualTo(MailMode.SMTP);
        assertThat(MailMode.of(settings("postgres")
                        .withProperty(MailMode.HOST, "smtp.district.example")
                        .withProperty(MailMode.PROPERTY, "SMTP")))
                .isEqualTo(MailMode.SMTP);
    }

    @Test
    void theEmbeddedServerIsTheDefaultOnlyWhileTheDemoProfileIsActive() {
        assertThat(MailMode.of(settings())).isEqualTo(MailMode.EMBEDDED);
        assertThat(MailMode.of(settings("default", "bench")))
                .as("the benchmarks' demo")
                .isEqualTo(MailMode.EMBEDDED);
        assertThatThrownBy(() -> MailMode.of(settings("bench"))).isInstanceOf(MailMode.NotConfigured.class);
        assertThat(MailMode.of(settings("postgres").withProperty(MailMode.PROPERTY, "embedded")))
                .isEqualTo(MailMode.EMBEDDED);
    }

    @Test
    void contradictoryOrUnknownMailModesAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> MailMode.of(settings().withProperty(MailMode.PROPERTY, "smtp")))
                .hasMessageContaining("MAIL_MODE=smtp")
                .hasMessageContaining("SMTP_HOST is empty");
        assertThatThrownBy(() -> MailMode.of(settings("postgres")
                        .withProperty(MailMode.PROPERTY, "embedded")
                        .withProperty(MailMode.HOST, "smtp.district.example")))
                .hasMessageContaining("MAIL_MODE=embedded but SMTP_HOST is set to smtp.district.example");
        assertThatThrownBy(() -> MailMode.of(settings().withProperty(MailMode.PROPERTY, "greenmail")))
                .hasMessageContaining("\"greenmail\"")
                .hasMessageContaining("smtp")
                .hasMessageContaining("embedded");
    }

    private static MockEnvironment settings(String... profiles) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profiles);
        return env;
    }
}
