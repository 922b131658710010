package roundtable.base.i18n;

import java.util.Optional;

/**
 * The language a signed-in person saved in their profile, which every email to them is written in.
 * Read by the shell (the language button only changes the page); changed only in the profile.
 * Implemented by the people feature, so the shell reads it without depending on that feature.
 */
public interface LanguagePreferences {

    Optional<Language> saved(long personId);
}
