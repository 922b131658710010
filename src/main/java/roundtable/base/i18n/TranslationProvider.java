package roundtable.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's getTranslation(...) reads the same bundles as Spring (messages*.properties),
 * so views, emails and plain pages cannot disagree on a word.
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final MessageSource messages;

    TranslationProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, Language.of(locale).locale());
        } catch (NoSuchMessageException e) {
            // A missing key is a defect the bundle test catches; users still get something readable.
            log.warn("Missing message key '{}' for {}", key, locale);
            return key;
        }
    }
}
