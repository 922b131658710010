package roundtable.minutes;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RuleViolationException;
import roundtable.base.html.RichText;
import roundtable.base.i18n.Language;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Open;
import roundtable.people.PersonService;

/**
 * Translations of published minutes, made by a person and kept up to date by the body's recorders.
 * A translation says which version it translates, so a reader knows when it is behind.
 */
@Service
@Transactional(readOnly = true)
public class MinutesTranslations {

    static final int CONTENT = MinutesJson.CONTENT;

    private final MinutesRepository minutes;
    private final MinutesTranslationRepository translations;
    private final PersonService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesTranslations(
            MinutesRepository minutes,
            MinutesTranslationRepository translations,
            PersonService people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.minutes = minutes;
        this.translations = translations;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** The translations of published minutes, for their recorders to keep up to date. */
    @PreAuthorize("@minutesAccess.records(#minutesId)")
    public List<TranslationEntry> translationsOf(long minutesId) {
        MinutesDocument doc = minutes.existing(minutesId);
        return translations.findByMinutesIdInOrderByLanguage(List.of(minutesId)).stream()
                .map(t -> new TranslationEntry(
                        t.getLanguage(),
                        t.getVersion(),
                        t.getBasedOn(),
                        t.getBasedOn() < doc.getCurrentNumber(),
                        t.getHtml(),
                        t.getTranslator(),
                        t.getUpdatedAt(),
                        doc.getCurrentNumber()))
                .toList();
    }

    /**
     * The languages a translation can be entered in: those the public pages, the archive and the
     * feeds can show a reader (every site language but the original), whatever the body offers
     * for interpretation.
     */
    @Open(reason = "the site's languages, the same for everyone")
    public List<String> translationLanguages() {
        return Arrays.stream(Language.values())
                .map(Language::tag)
                .filter(tag -> !tag.equals(RecordFacts.ORIGINAL.getLanguage()))
                .toList();
    }

    /** A translation of the current version into a language that has none yet. */
    @Transactional
    @PreAuthorize("@minutesAccess.records(#minutesId)")
    public long addTranslation(long minutesId, String language, String html) {
        MinutesDocument doc = translatable(minutesId, language, html);
        if (translations.findByMinutesIdAndLanguage(minutesId, language).isPresent()) {
            // Added by someone else since the translator's form loaded: the form shows theirs beside.
            throw new OptimisticLockingFailureException(
                    "Translation " + language + " of minutes " + minutesId + " was added by someone else");
        }
        long id;
        try {
            id = translations
                    .saveAndFlush(new MinutesTranslation(
                            minutesId, language, doc.getCurrentNumber(), html, translatorName(), clock.instant()))
                    .getId();
        } catch (DataIntegrityViolationException savedByTheOther) {
            // Two translators adding the same language at once: the second is told, as for an edit.
            throw new OptimisticLockingFailureException(
                    "Translation " + language + " of minutes " + minutesId + " was added by someone else",
                    savedByTheOther);
        }
        events.publishEvent(new MinutesTranslated(minutesId, language));
        return id;
    }

    /**
     * Replaces a translation's text. It becomes a translation of the current version only when the
     * translator says it now follows that version: mending a typo in a translation of version 1
     * must not present it as a translation of version 2.
     */
    @Transactional
    @PreAuthorize("@minutesAccess.records(#minutesId)")
    public void updateTranslation(
            long minutesId, String language, String html, long expectedVersion, boolean followsCurrentVersion) {
        MinutesDocument doc = translatable(minutesId, language, html);
        MinutesTranslation t = translations
                .findByMinutesIdAndLanguage(minutesId, language)
                .orElseThrow(() -> MinutesRepository.gone(minutesId));
        if (t.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException(
                    "Translation " + language + " of minutes " + minutesId + " was saved by someone else");
        }
        t.update(
                followsCurrentVersion ? doc.getCurrentNumber() : t.getBasedOn(),
                html,
                translatorName(),
                clock.instant());
        translations.saveAndFlush(t);
        events.publishEvent(new MinutesTranslated(minutesId, language));
    }

    private MinutesDocument translatable(long minutesId, String language, String html) {
        MinutesDocument doc = minutes.existing(minutesId);
        if (doc.getCurrentNumber() == 0) {
            throw new RuleViolationException("language", "minutes.error.not-published");
        }
        if (language == null || !translationLanguages().contains(language)) {
            throw new RuleViolationException("language", "minutes.error.language");
        }
        RichText.require("html", html);
        String clean = RichText.sanitise(html);
        if (clean.isBlank()) {
            throw new RuleViolationException("html", "validation.required");
        }
        if (clean.length() > CONTENT) {
            throw new RuleViolationException("html", "validation.too-long", CONTENT);
        }
        return doc;
    }

    private String translatorName() {
        return CurrentUser.personId()
                .map(id -> people.contacts(List.of(id)).get(id))
                .map(p -> p.fullName())
                .orElse(null);
    }
}
