package roundtable.notifications;

import java.util.Arrays;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where the outbox delivers: to a real SMTP server ({@code SMTP_HOST}), or to the embedded one, which reaches
 * nobody. The embedded server is the demo's default only: any other profile without {@code SMTP_HOST} refuses to
 * start rather than let mail vanish silently, unless the operator says {@code MAIL_MODE=embedded} on purpose.
 */
enum MailMode {
    SMTP,
    EMBEDDED;

    /** {@code MAIL_MODE} in application.properties; {@code smtp} or {@code embedded}, empty to decide by the rules. */
    static final String PROPERTY = "roundtable.mail.mode";

    static final String HOST = "spring.mail.host";
    /** Spring's own default profile: active when none is named, and the one that makes the demo data. */
    static final String DEMO_PROFILE = "default";

    /** The mode these settings ask for, or {@link NotConfigured} saying what to set. */
    static MailMode of(Environment env) {
        String asked = env.getProperty(PROPERTY, "").strip();
        boolean hasHost = !env.getProperty(HOST, "").isBlank();
        if (asked.isEmpty()) {
            if (hasHost) {
                return SMTP;
            }
            if (isDemo(env)) {
                return EMBEDDED;
            }
            throw new NotConfigured(
                    "No mail server is set (SMTP_HOST is empty) and the active profiles "
                            + Arrays.toString(env.getActiveProfiles())
                            + " are not the demo default, so every email would go"
                            + " to the embedded SMTP server and reach nobody.",
                    "Set SMTP_HOST (with SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_AUTH, SMTP_STARTTLS) to your mail"
                            + " relay. If mail that reaches nobody is what you want (a staging server, a trial), say so"
                            + " explicitly with MAIL_MODE=embedded; administrators then read the mail in the email outbox.");
        }
        MailMode mode = Arrays.stream(values())
                .filter(m -> m.name().equalsIgnoreCase(asked))
                .findFirst()
                .orElseThrow(() -> new NotConfigured(
                        "MAIL_MODE is \"" + asked + "\", which Roundtable does not know.",
                        "Set MAIL_MODE to smtp (deliver through SMTP_HOST) or embedded (the built-in server, which"
                                + " reaches nobody), or leave it empty."));
        if (mode == SMTP && !hasHost) {
            throw new NotConfigured(
                    "MAIL_MODE=smtp but no mail server is set (SMTP_HOST is empty).",
                    "Set SMTP_HOST to your mail relay, or choose MAIL_MODE=embedded if mail should reach nobody.");
        }
        if (mode == EMBEDDED && hasHost) {
            throw new NotConfigured(
                    "MAIL_MODE=embedded but SMTP_HOST is set to " + env.getProperty(HOST)
                            + ": mail would go to the embedded server, not to that relay.",
                    "Remove MAIL_MODE to deliver through SMTP_HOST, or remove SMTP_HOST to keep mail in the embedded server.");
        }
        return mode;
    }

    /** True when the embedded server was asked for by name rather than chosen as the demo's default. */
    static boolean chosenExplicitly(Environment env) {
        return !env.getProperty(PROPERTY, "").isBlank();
    }

    private static boolean isDemo(Environment env) {
        return env.matchesProfiles(DEMO_PROFILE);
    }

    /** Settings that would let mail vanish, with what to do instead; start-up stops on it. */
    static final class NotConfigured extends IllegalStateException {

        private final String description;
        private final String action;

        NotConfigured(String description, String action) {
            super(description + " " + action);
            this.description = description;
            this.action = action;
        }

        String description() {
            return description;
        }

        String action() {
            return action;
        }
    }

    /** Creates the embedded server's beans only when the settings resolve to it; a refusal creates nothing. */
    static final class Embedded implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            try {
                return of(context.getEnvironment()) == EMBEDDED;
            } catch (NotConfigured refused) {
                return false; // MailModeCheck stops the start with the reason
            }
        }
    }
}
