package roundtable.people;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import roundtable.base.i18n.Language;

/**
 * What a signed-in person may change about themselves. Name, email and affiliation are not
 * in it: the email is how they sign in, and rosters rely on names administrators checked.
 *
 * @param notifyDigest one email a day instead of one per meeting, minutes or reminder
 */
public record ProfileData(
        @NotNull Language language,

        @Size(max = PersonLimits.PHONE) @Pattern(regexp = PersonLimits.PHONE_PATTERN)
        String phone,

        @Size(max = PersonLimits.PRONOUNS) String pronouns,
        boolean publicConsent,
        @Size(max = PersonLimits.NEEDS) String accessibilityNeeds,
        boolean notifyMeetings,
        boolean notifyMinutes,
        boolean notifyReminders,
        boolean notifyDigest) {

    static ProfileData of(Person p) {
        return new ProfileData(
                p.getLanguage(),
                p.getPhone(),
                p.getPronouns(),
                p.isPublicConsent(),
                p.getAccessibilityNeeds(),
                p.isNotifyMeetings(),
                p.isNotifyMinutes(),
                p.isNotifyReminders(),
                p.isNotifyDigest());
    }

    public ProfileData withLanguage(Language value) {
        return new ProfileData(
                value,
                phone,
                pronouns,
                publicConsent,
                accessibilityNeeds,
                notifyMeetings,
                notifyMinutes,
                notifyReminders,
                notifyDigest);
    }

    public ProfileData withPhone(String value) {
        return new ProfileData(
                language,
                value,
                pronouns,
                publicConsent,
                accessibilityNeeds,
                notifyMeetings,
                notifyMinutes,
                notifyReminders,
                notifyDigest);
    }

    public ProfileData withPronouns(String value) {
        return new ProfileData(
                language,
                phone,
                value,
                publicConsent,
                accessibilityNeeds,
                notifyMeetings,
                notifyMinutes,
                notifyReminders,
                notifyDigest);
    }

    public ProfileData withAccessibilityNeeds(String value) {
        return new ProfileData(
                language,
                phone,
                pronouns,
                publicConsent,
                value,
                notifyMeetings,
                notifyMinutes,
                notifyReminders,
                notifyDigest);
    }

    public ProfileData withDigest(boolean value) {
        return new ProfileData(
                language,
                phone,
                pronouns,
                publicConsent,
                accessibilityNeeds,
                notifyMeetings,
                notifyMinutes,
                notifyReminders,
                value);
    }
}
