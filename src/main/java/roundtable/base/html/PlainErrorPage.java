package roundtable.base.html;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;

/**
 * Roundtable's page for an error answered outside Vaadin: what Tomcat refuses before the app sees
 * it (an encoded slash, a broken escape, an address longer than the header limit), Spring's own
 * refusals (an operations address for someone who is not an administrator) and made-up file
 * addresses. Its words come from the bundles in the reader's language; it names no server,
 * version or exception.
 */
@Component
public class PlainErrorPage {

    /** Nothing runs on the page and nothing may frame it; its one style sheet is inline. */
    public static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final SpringTemplateEngine engine;
    private final MessageSource messages;
    private final RoundtableProperties properties;

    PlainErrorPage(MessageSource messages, RoundtableProperties properties) {
        this.messages = messages;
        this.properties = properties;
        this.engine = PlainPages.engine(messages, "error");
    }

    /** The page for an HTTP error status, in the reader's language. */
    public String render(int status, Language language) {
        String[] keys = switch (status) {
            case 400, 405, 413, 414, 431 ->
                new String[] {"error.plain.bad-request.title", "error.plain.bad-request.message"};
            case 401, 403 -> new String[] {"error.plain.forbidden.title", "error.plain.forbidden.message"};
            case 404 -> new String[] {"error.not-found.title", "error.not-found.message"};
            default -> new String[] {"error.unexpected.title", "error.plain.unexpected.message"};
        };
        Map<String, Object> model = Map.of(
                "lang", language.tag(),
                "title", messages.getMessage(keys[0], null, language.locale()),
                "message", messages.getMessage(keys[1], null, language.locale()),
                "organisation", properties.organisationName(),
                "home", "/");
        return engine.process("error", new Context(language.locale(), model));
    }
}
