package roundtable;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A real SMTP server on a free port, living as long as the test context that uses it. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    @Bean(initMethod = "start", destroyMethod = "stop")
    static GreenMail greenMail() {
        return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    }

    @Bean
    static BeanPostProcessor pointMailAtGreenMail(ObjectProvider<GreenMail> greenMail) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    GreenMail server = greenMail.getObject();
                    sender.setHost("127.0.0.1");
                    sender.setPort(server.getSmtp().getPort());
                }
                return bean;
            }
        };
    }
}
