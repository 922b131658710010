package roundtable.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import roundtable.base.html.PlainErrorPage;
import roundtable.base.i18n.LocaleResolution;

/**
 * One plain error page wherever an error is answered outside Vaadin: Tomcat's refusals before the
 * app (PlainErrorReports) and Spring's error page (an operations address refused to someone who is
 * not an administrator), which would otherwise be Boot's "Whitelabel" page.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPagesConfiguration {

    @Bean
    TomcatErrorReports tomcatErrorReports(PlainErrorPage page) {
        return new TomcatErrorReports(page);
    }

    /** Spring's error page for a browser (it asks for HTML); programs still get Boot's JSON, which names no server. */
    @Bean
    ErrorViewResolver plainErrorViews(PlainErrorPage page, LocaleResolution languages) {
        return (request, status, model) -> {
            ModelAndView view = new ModelAndView(plainPage(page, languages, status.value()), Map.of());
            view.setStatus(status);
            return view;
        };
    }

    private static View plainPage(PlainErrorPage page, LocaleResolution languages, int status) {
        return new View() {
            @Override
            public String getContentType() {
                return "text/html;charset=UTF-8";
            }

            @Override
            public void render(Map<String, ?> ignored, HttpServletRequest req, HttpServletResponse response)
                    throws IOException {
                response.setContentType(getContentType());
                response.getOutputStream()
                        .write(page.render(status, languages.resolve(req)).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /**
     * Puts PlainErrorReports on the host in place of Tomcat's report and of the quiet one Spring Boot
     * adds: last, so Boot's is there to be replaced, and named as the host's report class, so the host
     * adds no other when it starts.
     */
    static final class TomcatErrorReports
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        private final PlainErrorPage page;

        TomcatErrorReports(PlainErrorPage page) {
            this.page = page;
        }

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (!(context.getParent() instanceof StandardHost host)) {
                    return;
                }
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(PlainErrorReports.class.getName());
                host.getPipeline().addValve(new PlainErrorReports(page));
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
