package roundtable.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import roundtable.base.i18n.Language;
import roundtable.base.persistence.VersionedEntity;
import roundtable.base.security.Role;

/**
 * Someone who sits on a body, works with one, or signs in. Many people never sign in:
 * they still appear on rosters and receive mail.
 */
@Entity
@Table(name = "person")
class Person extends VersionedEntity {

    @NotBlank
    @Size(max = PersonLimits.NAME)
    @Column(name = "full_name")
    private String fullName;

    @NotBlank
    @Email
    @Size(max = PersonLimits.EMAIL)
    private String email;

    @Size(max = PersonLimits.PHONE)
    private String phone;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Size(max = PersonLimits.PRONOUNS)
    private String pronouns;

    @Size(max = PersonLimits.AFFILIATION)
    private String affiliation;

    @Column(name = "public_consent")
    private boolean publicConsent;

    @Size(max = PersonLimits.NEEDS)
    @Column(name = "accessibility_needs")
    private String accessibilityNeeds;

    @Column(name = "password_hash")
    private String passwordHash;

    private String roles;

    @Column(name = "sign_in_enabled")
    private boolean signInEnabled;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "notify_meetings")
    private boolean notifyMeetings = true;

    @Column(name = "notify_minutes")
    private boolean notifyMinutes = true;

    @Column(name = "notify_reminders")
    private boolean notifyReminders = true;

    @Column(name = "notify_digest")
    private boolean notifyDigest;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected Person() {}

    Person(String fullName, String email, Language language, Instant createdAt) {
        this.fullName = fullName;
        this.email = email;
        this.preferredLanguage = language.tag();
        this.createdAt = createdAt;
        this.roles = "";
    }

    String getFullName() {
        return fullName;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    Language getLanguage() {
        return Language.fromTag(preferredLanguage).orElse(Language.fallback());
    }

    String getPronouns() {
        return pronouns;
    }

    String getAffiliation() {
        return affiliation;
    }

    boolean isPublicConsent() {
        return publicConsent;
    }

    String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isSignInEnabled() {
        return signInEnabled;
    }

    Instant getLastSignInAt() {
        return lastSignInAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isNotifyMeetings() {
        return notifyMeetings;
    }

    boolean isNotifyMinutes() {
        return notifyMinutes;
    }

    boolean isNotifyReminders() {
        return notifyReminders;
    }

    boolean isNotifyDigest() {
        return notifyDigest;
    }

    boolean isAnonymised() {
        return anonymisedAt != null;
    }

    Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    Set<Role> getRoles() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(","))
                .map(String::trim)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void updateDetails(PersonData data) {
        this.fullName = data.fullName().strip();
        this.email = PersonLimits.normaliseEmail(data.email());
        this.phone = blankToNull(data.phone());
        this.preferredLanguage = data.language().tag();
        this.pronouns = blankToNull(data.pronouns());
        this.affiliation = blankToNull(data.affiliation());
        this.publicConsent = data.publicConsent();
        this.accessibilityNeeds = blankToNull(data.accessibilityNeeds());
    }

    /** What people may change about themselves; name, email and affiliation stay with administrators. */
    void updateProfile(ProfileData data) {
        this.preferredLanguage = data.language().tag();
        this.phone = blankToNull(data.phone());
        this.pronouns = blankToNull(data.pronouns());
        this.publicConsent = data.publicConsent();
        this.accessibilityNeeds = blankToNull(data.accessibilityNeeds());
        this.notifyMeetings = data.notifyMeetings();
        this.notifyMinutes = data.notifyMinutes();
        this.notifyReminders = data.notifyReminders();
        this.notifyDigest = data.notifyDigest();
    }

    /** The daily digest's one-click unsubscribe: no more announcements or minutes, from any body. */
    void receiveListEmails(boolean value) {
        this.notifyMeetings = value;
        this.notifyMinutes = value;
    }

    /**
     * Erases everything that identifies the person. The row itself stays, so the seats they
     * held and the minutes that name their seat still point somewhere: to a former member.
     */
    void anonymise(Instant at) {
        this.fullName = PersonLimits.ANONYMISED_NAME;
        this.email = PersonLimits.anonymisedEmail(getId());
        this.phone = null;
        this.pronouns = null;
        this.affiliation = null;
        this.accessibilityNeeds = null;
        this.publicConsent = false;
        // The language left as it was could still hint at who this was.
        this.preferredLanguage = Language.fallback().tag();
        this.notifyMeetings = false;
        this.notifyMinutes = false;
        this.notifyReminders = false;
        this.notifyDigest = false;
        this.passwordHash = null;
        this.roles = "";
        this.signInEnabled = false;
        this.lastSignInAt = null;
        this.anonymisedAt = at;
    }

    void setLanguage(Language language) {
        this.preferredLanguage = language.tag();
    }

    void allowSignIn(Set<Role> roles, String passwordHash) {
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.passwordHash = passwordHash;
        this.signInEnabled = true;
    }

    void recordSignIn(Instant at) {
        this.lastSignInAt = at;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
