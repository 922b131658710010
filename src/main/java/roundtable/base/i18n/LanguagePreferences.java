package roundtable.base.i18n;

/**
 * Where a signed-in person's language choice is kept. Implemented by the people feature,
 * so the shell can save it without depending on that feature.
 */
public interface LanguagePreferences {

    void remember(long personId, Language language);
}
