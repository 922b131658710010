package roundtable.notifications;

import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import roundtable.base.i18n.Language;

/**
 * Renders each email from a pair of templates (mail/NAME.html and mail/NAME.txt) whose words
 * come from the same message bundles as the app, in the recipient's language.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
    }

    RenderedEmail render(
            String template,
            String to,
            Language language,
            String subjectKey,
            Object[] subjectArgs,
            Map<String, Object> variables) {
        Context context = new Context(language.locale(), variables);
        context.setVariable("lang", language.tag());
        String subject = messages.getMessage(subjectKey, subjectArgs, language.locale());
        context.setVariable("subject", subject);
        String html = engine.process("mail/" + template + ".html", context);
        String text = engine.process("mail/" + template + ".txt", context);
        return new RenderedEmail(to, language, subject, text, html);
    }

    String message(String key, Language language, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setSuffix("");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
