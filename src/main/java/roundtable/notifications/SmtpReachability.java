package roundtable.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Says at start-up, in the log, whether the SMTP server answers. Start-up never waits for
 * it and never fails on it: mail waits in the outbox until the server is back.
 */
@Component
class SmtpReachability {

    private static final Logger log = LoggerFactory.getLogger(SmtpReachability.class);

    private final JavaMailSender mail;

    SmtpReachability(JavaMailSender mail) {
        this.mail = mail;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        if (!(mail instanceof JavaMailSenderImpl impl)) {
            return;
        }
        Thread.ofVirtual().name("smtp-check").start(() -> {
            try {
                impl.testConnection();
                log.info("SMTP server {}:{} is reachable", impl.getHost(), impl.getPort());
            } catch (Exception e) {
                log.warn(
                        "SMTP server {}:{} is not reachable ({}); emails will wait in the outbox and be retried",
                        impl.getHost(),
                        impl.getPort(),
                        e.getMessage());
            }
        });
    }
}
