package roundtable.notifications;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Refuses to start when the mail settings would let every email vanish ({@link MailMode}). It runs as a bean
 * factory post-processor, before any bean is made, so a misconfigured server stops in a second or two without
 * touching its database or the network.
 */
@Configuration(proxyBeanMethods = false)
class MailModeCheck {

    @Bean
    static BeanFactoryPostProcessor refuseMailThatReachesNobody(Environment env) {
        return factory -> MailMode.of(env);
    }

    /** Prints the refusal as Spring Boot's "APPLICATION FAILED TO START" block, without a stack trace to read through. */
    static final class Analyzer extends AbstractFailureAnalyzer<MailMode.NotConfigured> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, MailMode.NotConfigured cause) {
            return new FailureAnalysis(cause.description(), cause.action(), cause);
        }
    }
}
