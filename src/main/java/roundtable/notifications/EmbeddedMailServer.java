package roundtable.notifications;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * In the demo default (no {@code SMTP_HOST}, no profile but Spring's default) or when the operator asks for it
 * with {@code MAIL_MODE=embedded}, Roundtable runs its own SMTP server (GreenMail) on a free loopback port and
 * sends to it, so the whole path — outbox, claims, SMTP, retries — runs for real in development and demos. The
 * mail reaches nobody; administrators read it in the outbox view, which keeps every message's text. Production
 * sets {@code SMTP_HOST} and this is not created; any other profile without it refuses to start ({@link MailMode}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailMode.Embedded.class)
class EmbeddedMailServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    static GreenMail embeddedSmtpServer() {
        return new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Bean
    static BeanPostProcessor pointMailAtEmbeddedServer(ObjectProvider<GreenMail> server, Environment env) {
        String why =
                MailMode.chosenExplicitly(env) ? "MAIL_MODE=embedded" : "Demo settings (no SMTP_HOST, default profile)";
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    GreenMail smtp = server.getObject();
                    sender.setHost("127.0.0.1");
                    sender.setPort(smtp.getSmtp().getPort());
                    log.warn(
                            "{}: emails go to Roundtable's embedded SMTP server on 127.0.0.1:{} and reach nobody;"
                                    + " administrators read them in the email outbox. Set SMTP_HOST to deliver them (any other"
                                    + " profile refuses to start without it unless MAIL_MODE=embedded).",
                            why,
                            sender.getPort());
                }
                return bean;
            }
        };
    }

    @Bean
    EmbeddedMailboxes embeddedMailboxes(GreenMail embeddedSmtpServer) {
        return new EmbeddedMailboxes(embeddedSmtpServer);
    }

    /** The outbox keeps every message; the embedded server's copies are dropped so a long demo does not fill the memory. */
    static final class EmbeddedMailboxes {

        private final GreenMail server;

        EmbeddedMailboxes(GreenMail server) {
            this.server = server;
        }

        @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
        void forget() {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (FolderException e) {
                log.debug("Embedded mailboxes not purged: {}", e.getMessage());
            }
        }
    }
}
