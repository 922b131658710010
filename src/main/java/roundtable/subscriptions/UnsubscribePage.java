package roundtable.subscriptions;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import roundtable.base.RoundtableProperties;
import roundtable.base.html.PlainPages;
import roundtable.base.i18n.Language;

/** Writes the unsubscribe page: plain HTML in the reader's language whose button works without script. */
@Component
class UnsubscribePage {

    private final SpringTemplateEngine engine;
    private final MessageSource messages;
    private final RoundtableProperties properties;

    UnsubscribePage(MessageSource messages, RoundtableProperties properties) {
        this.messages = messages;
        this.properties = properties;
        this.engine = PlainPages.engine(messages, "unsubscribe");
    }

    /** Before the click: what the button turns off. */
    String ask(Unsubscribing what, String token) {
        Map<String, Object> model = model(what.language(), "unsubscribe.title");
        model.put("what", what(what));
        model.put("off", what.off());
        model.put("action", SubscriptionService.UNSUBSCRIBE_PATH + token);
        return render(model, what.language());
    }

    /** After the click (or the undo): what is off or on now, and the way back. */
    String done(Unsubscribing what, String token) {
        Map<String, Object> model = model(what.language(), what.off() ? "unsubscribe.done" : "unsubscribe.undone");
        model.put("what", what(what));
        model.put("off", what.off());
        model.put("done", true);
        model.put("action", SubscriptionService.UNSUBSCRIBE_PATH + token + (what.off() ? "/undo" : ""));
        return render(model, what.language());
    }

    String invalid(Language language) {
        Map<String, Object> model = model(language, "unsubscribe.invalid.title");
        model.put("invalid", true);
        return render(model, language);
    }

    private Map<String, Object> model(Language language, String headingKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.tag());
        model.put("heading", text(headingKey, language));
        model.put("organisation", properties.organisationName());
        model.put("home", properties.link("/"));
        return model;
    }

    private String what(Unsubscribing what) {
        Language language = what.language();
        if (what.category() == null) {
            return text("unsubscribe.what.digest", language);
        }
        return text("unsubscribe.what", language, text(what.category().messageKey(), language), what.bodyName());
    }

    private String render(Map<String, Object> model, Language language) {
        return engine.process("unsubscribe", new Context(language.locale(), model));
    }

    private String text(String key, Language language, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
