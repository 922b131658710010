package roundtable.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import roundtable.base.i18n.Language;

/** What a form or an import says about a person; never a managed entity. */
public record PersonData(
        @NotBlank @Size(max = PersonLimits.NAME) String fullName,
        @NotBlank @Email @Size(max = PersonLimits.EMAIL) String email,
        @Size(max = PersonLimits.PHONE) String phone,
        @NotNull Language language,
        @Size(max = PersonLimits.PRONOUNS) String pronouns,
        @Size(max = PersonLimits.AFFILIATION) String affiliation,
        boolean publicConsent,
        @Size(max = PersonLimits.NEEDS) String accessibilityNeeds) {

    public static PersonData of(String fullName, String email, Language language) {
        return new PersonData(fullName, email, null, language, null, null, false, null);
    }

    public PersonData withAffiliation(String value) {
        return new PersonData(fullName, email, phone, language, pronouns, value, publicConsent, accessibilityNeeds);
    }

    public PersonData withPublicConsent(boolean value) {
        return new PersonData(fullName, email, phone, language, pronouns, affiliation, value, accessibilityNeeds);
    }

    public PersonData withPhone(String value) {
        return new PersonData(
                fullName, email, value, language, pronouns, affiliation, publicConsent, accessibilityNeeds);
    }

    public PersonData withPronouns(String value) {
        return new PersonData(fullName, email, phone, language, value, affiliation, publicConsent, accessibilityNeeds);
    }
}
