package roundtable.people;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything Roundtable holds about one person, as one JSON document they can download:
 * their profile and sign-in from this feature, and each other feature's part from its
 * {@link PersonalDataContributor}.
 */
@Component
class PersonalDataExport {

    record Notifications(boolean meetings, boolean minutes, boolean reminders, boolean dailyDigest) {}

    record Profile(
            String fullName,
            String email,
            String phone,
            String pronouns,
            String affiliation,
            String preferredLanguage,
            boolean publicConsent,
            String accessibilityNeeds,
            Notifications notifications,
            Instant createdAt) {}

    record SignIn(boolean enabled, boolean hasPassword, List<String> roles, Instant lastSignInAt) {}

    private final JsonMapper json;
    private final List<PersonalDataContributor> contributors;
    private final Clock clock;

    PersonalDataExport(JsonMapper json, List<PersonalDataContributor> contributors, Clock clock) {
        this.json = json;
        this.contributors = contributors;
        this.clock = clock;
    }

    String of(Person p) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("exportedAt", clock.instant());
        document.put(
                "profile",
                new Profile(
                        p.getFullName(),
                        p.getEmail(),
                        p.getPhone(),
                        p.getPronouns(),
                        p.getAffiliation(),
                        p.getLanguage().tag(),
                        p.isPublicConsent(),
                        p.getAccessibilityNeeds(),
                        new Notifications(
                                p.isNotifyMeetings(), p.isNotifyMinutes(), p.isNotifyReminders(), p.isNotifyDigest()),
                        p.getCreatedAt()));
        document.put(
                "signIn",
                new SignIn(
                        p.isSignInEnabled(),
                        hasPassword(p),
                        p.getRoles().stream().map(Enum::name).toList(),
                        p.getLastSignInAt()));
        for (PersonalDataContributor contributor : contributors) {
            document.put(contributor.section(), contributor.personalDataOf(p.getId()));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    /** Whether a password is set says something about the account; the hash itself is no one's business. */
    private static boolean hasPassword(Person p) {
        return p.getPasswordHash() != null && p.getPasswordHash().startsWith("{bcrypt}");
    }
}
