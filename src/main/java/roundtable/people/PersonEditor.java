package roundtable.people;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.EmailAddresses;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Role;

/**
 * Keeping the register of people: adding someone, correcting their details, letting them sign in,
 * and erasing them. Reading about people is {@link PersonService}; a person's own profile is
 * {@link ProfileService}.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PersonEditor {

    private static final Logger audit = LoggerFactory.getLogger("roundtable.audit.people");

    private final PersonRepository people;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditService auditTrail;

    PersonEditor(
            PersonRepository people,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock,
            AuditService auditTrail) {
        this.auditTrail = auditTrail;
        this.people = people;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An administrator corrects someone's details. Their accessibility needs are theirs to
     * state and stay as they are; a stale version means someone else saved first.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PersonSummary updatePerson(long personId, long expectedVersion, @Valid PersonData data) {
        Person person = people.findById(personId)
                .filter(p -> !p.isAnonymised())
                .orElseThrow(() -> new UnknownPersonException(personId));
        if (person.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Person " + personId + " changed");
        }
        check(data);
        String email = PersonLimits.normaliseEmail(data.email());
        if (people.findByEmail(email)
                .filter(other -> !other.getId().equals(personId))
                .isPresent()) {
            throw new RuleViolationException("email", "validation.email-taken-other");
        }
        String before = describe(person);
        person.updateDetails(new PersonData(
                data.fullName(),
                email,
                data.phone(),
                data.language(),
                data.pronouns(),
                data.affiliation(),
                data.publicConsent(),
                person.getAccessibilityNeeds()));
        people.flush();
        auditTrail.record(new AuditEntry(
                "person.updated",
                "person",
                personId,
                null,
                "Person updated: " + person.getFullName(),
                before,
                describe(person)));
        return PersonSummary.of(person);
    }

    private static String describe(Person p) {
        return "name: " + p.getFullName() + "\nemail: " + p.getEmail() + "\nphone: " + p.getPhone()
                + "\nlanguage: " + p.getLanguage().tag() + "\npronouns: " + p.getPronouns()
                + "\naffiliation: " + p.getAffiliation() + "\npublic name: " + p.isPublicConsent();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long registerPerson(@Valid PersonData data) {
        return save(data);
    }

    /**
     * Lets a person sign in with a password already encoded as this app stores it ("{bcrypt}$2a$…"):
     * the demo accounts' shared, public password is hashed once in the source, not at every first start
     * (bcrypt costs ~60 ms a hash, by design).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void allowSignInEncoded(long personId, Set<Role> roles, String encodedPassword) {
        if (encodedPassword == null || !encodedPassword.matches("\\{bcrypt}\\$2[aby]\\$\\d\\d\\$.{53}")) {
            throw new IllegalArgumentException("Not a bcrypt hash as Roundtable stores them");
        }
        people.findById(personId).orElseThrow().allowSignIn(roles, encodedPassword);
    }

    /** Lets a person sign in; without a password they sign in by emailed link only. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void allowSignIn(long personId, Set<Role> roles, String rawPassword) {
        Person person = people.findById(personId).orElseThrow();
        String hash = rawPassword == null || rawPassword.isBlank() ? "{nologin}" : passwords.encode(rawPassword);
        person.allowSignIn(roles, hash);
    }

    /**
     * Erases a person's personal data and their sign-in. Their memberships stay, so rosters
     * and old minutes keep the seat as held by a former member. Doing it twice changes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void anonymisePerson(long personId) {
        if (CurrentUser.personId().filter(me -> me == personId).isPresent()) {
            // Another administrator has to do it, so nobody locks the district out by accident.
            throw new IllegalArgumentException("Administrators cannot anonymise themselves");
        }
        Person person = people.findById(personId).orElseThrow(() -> new UnknownPersonException(personId));
        if (person.isAnonymised()) {
            return;
        }
        person.anonymise(clock.instant());
        audit.info(
                "person anonymised person={} by={}",
                personId,
                CurrentUser.personId().orElse(null));
        events.publishEvent(new PersonAnonymised(personId, person.getAnonymisedAt()));
    }

    /** Adds someone new while filling a seat; the caller has checked the right to fill it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long registerForRoster(@Valid PersonData data) {
        return save(data);
    }

    private long save(PersonData data) {
        check(data);
        String email = PersonLimits.normaliseEmail(data.email());
        if (people.existsByEmail(email)) {
            throw new DuplicateEmailException(email);
        }
        Person person = new Person(data.fullName().strip(), email, data.language(), clock.instant());
        person.updateDetails(data);
        return people.save(person).getId();
    }

    /** What Bean Validation cannot say: a name of Unicode spaces only ({@code @NotBlank} trims ASCII), hidden characters. */
    private static void check(PersonData data) {
        PlainText.required("fullName", data.fullName());
        if (data.email() != null && !EmailAddresses.wellFormed(data.email().strip())) {
            throw new RuleViolationException("email", "validation.email");
        }
        PlainText.require("phone", data.phone());
        PlainText.require("pronouns", data.pronouns());
        PlainText.require("affiliation", data.affiliation());
        PlainText.requireLines("accessibilityNeeds", data.accessibilityNeeds());
    }
}
