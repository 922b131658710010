package roundtable.base.html;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The template engine of the pages served without Vaadin (minutes' permalink, unsubscribe): HTML
 * templates under {@code templates/public/} whose words come from the app's message bundles.
 */
public final class PlainPages {

    private PlainPages() {}

    /** An engine that resolves only the named templates, so a typo cannot reach another feature's page. */
    public static SpringTemplateEngine engine(MessageSource messages, String... templates) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/public/");
        resolver.setSuffix(".html");
        resolver.setResolvablePatterns(Set.of(templates));
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
