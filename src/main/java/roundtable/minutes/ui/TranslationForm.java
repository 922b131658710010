package roundtable.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.ui.FieldErrors;
import roundtable.minutes.MinutesTranslations;
import roundtable.minutes.TranslationEntry;

/**
 * A person's translation of the published minutes, one language at a time: each says which
 * version it translates, and one made before the latest version says it is out of date.
 */
class TranslationForm extends Div {

    private static final long serialVersionUID = 1L;

    private final transient MinutesTranslations minutes;
    private final long minutesId;
    private final UnorderedList existing = new UnorderedList();
    private final Select<String> language = new Select<>();
    private final TextArea html = new TextArea();
    private final Checkbox followsCurrent = new Checkbox();
    private final Paragraph conflict = new Paragraph();
    private final TextArea theirs = new TextArea();
    private Map<String, TranslationEntry> entries = Map.of();

    TranslationForm(MinutesTranslations minutes, long minutesId, List<String> languages) {
        this.minutes = minutes;
        this.minutesId = minutesId;
        setId("minutes-translations");
        addClassName("minutes-translations");
        existing.setId("minutes-translation-list");
        language.setLabel(getTranslation("minutes.translation.language"));
        language.setId("minutes-translation-language");
        language.setItems(languages.stream().filter(l -> !"en".equals(l)).toList());
        language.setItemLabelGenerator(l -> LanguageNames.of(l, getLocale()));
        language.addValueChangeListener(e -> {
            TranslationEntry entry = entries.get(e.getValue());
            html.setValue(entry == null ? "" : entry.html());
            showFollowsCurrent(entry);
            hideConflict();
        });
        html.setLabel(getTranslation("minutes.translation.text"));
        html.setHelperText(getTranslation("minutes.editor.rich-text.help"));
        html.setId("minutes-translation-text");
        html.setMinHeight("10em");
        html.setWidthFull();
        followsCurrent.setId("minutes-translation-follows-current");
        followsCurrent.setVisible(false);
        conflict.setText(getTranslation("minutes.translation.conflict"));
        conflict.addClassName("notice");
        conflict.addClassName("notice-warning");
        theirs.setLabel(getTranslation("minutes.translation.theirs"));
        theirs.setId("minutes-translation-theirs");
        theirs.setReadOnly(true);
        theirs.setWidthFull();
        hideConflict();
        Button save = new Button(getTranslation("minutes.translation.save"), e -> save());
        save.setId("minutes-translation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2(getTranslation("minutes.translation.title")),
                new Paragraph(getTranslation("minutes.translation.intro")),
                existing,
                language,
                html,
                followsCurrent,
                conflict,
                theirs,
                save);
        refresh();
    }

    private void refresh() {
        entries = minutes.translationsOf(minutesId).stream()
                .collect(Collectors.toMap(TranslationEntry::language, Function.identity()));
        existing.removeAll();
        for (TranslationEntry t : entries.values()) {
            String line = getTranslation(
                    t.outOfDate() ? "minutes.translation.entry.out-of-date" : "minutes.translation.entry",
                    LanguageNames.of(t.language(), getLocale()),
                    t.basedOn());
            ListItem item = new ListItem(line);
            item.setId("minutes-translation-" + t.language());
            existing.add(item);
        }
        existing.setVisible(!entries.isEmpty());
    }

    /** An out-of-date translation says which version it follows only when the translator says so. */
    private void showFollowsCurrent(TranslationEntry entry) {
        boolean ask = entry != null && entry.outOfDate();
        followsCurrent.setVisible(ask);
        followsCurrent.setValue(false);
        if (ask) {
            followsCurrent.setLabel(
                    getTranslation("minutes.translation.follows-current", entry.currentNumber(), entry.basedOn()));
        }
    }

    private void hideConflict() {
        conflict.setVisible(false);
        theirs.setVisible(false);
    }

    private void save() {
        String lang = language.getValue();
        if (lang == null) {
            language.setErrorMessage(getTranslation("validation.required"));
            language.setInvalid(true);
            return;
        }
        try {
            TranslationEntry entry = entries.get(lang);
            if (entry == null) {
                minutes.addTranslation(minutesId, lang, html.getValue());
            } else {
                // Only an out-of-date translation asks; one already current stays current.
                boolean follows = !entry.outOfDate() || followsCurrent.getValue();
                minutes.updateTranslation(minutesId, lang, html.getValue(), entry.version(), follows);
            }
            hideConflict();
            refresh();
            showFollowsCurrent(entries.get(lang));
            Notification.show(getTranslation("minutes.translation.saved", LanguageNames.of(lang, getLocale())));
        } catch (RuleViolationException e) {
            FieldErrors.show(this, e, Map.of("language", language, "html", html));
        } catch (OptimisticLockingFailureException e) {
            // The translator's text stays in the field; theirs is shown beside it, and saving again
            // (now against their version) replaces it knowingly.
            refresh();
            TranslationEntry saved = entries.get(lang);
            theirs.setValue(saved == null ? "" : saved.html());
            showFollowsCurrent(saved);
            conflict.setVisible(true);
            theirs.setVisible(true);
        }
    }
}
