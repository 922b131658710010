package roundtable.people;

import java.time.Instant;
import java.util.Set;
import roundtable.base.i18n.Language;
import roundtable.base.security.Role;

/**
 * A person as administrators and fellow members see them. Accessibility needs are not in it.
 * For an anonymised person only the placeholder name and the flag remain: views say "Former member".
 */
public record PersonSummary(
        long id,
        String fullName,
        String email,
        String phone,
        Language language,
        String pronouns,
        String affiliation,
        boolean publicConsent,
        boolean canSignIn,
        Set<Role> roles,
        Instant lastSignInAt,
        boolean anonymised,
        long version) {

    static PersonSummary of(Person p) {
        return new PersonSummary(
                p.getId(),
                p.getFullName(),
                p.getEmail(),
                p.getPhone(),
                p.getLanguage(),
                p.getPronouns(),
                p.getAffiliation(),
                p.isPublicConsent(),
                p.isSignInEnabled(),
                p.getRoles(),
                p.getLastSignInAt(),
                p.isAnonymised(),
                p.getVersion());
    }
}
