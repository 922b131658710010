package roundtable.people;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguagePreferences;
import roundtable.base.security.Role;
import roundtable.base.security.RoundtableUser;

/** The people feature's front door: registering people, their sign-in and their language. */
@Service
@Validated
@Transactional(readOnly = true)
public class PersonService implements LanguagePreferences {

    private final PersonRepository people;
    private final PasswordEncoder passwords;
    private final Clock clock;

    PersonService(PersonRepository people, PasswordEncoder passwords, Clock clock) {
        this.people = people;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long registerPerson(@Valid PersonData data) {
        return save(data);
    }

    /** Lets a person sign in; without a password they sign in by emailed link only. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void allowSignIn(long personId, Set<Role> roles, String rawPassword) {
        Person person = people.findById(personId).orElseThrow();
        String hash = rawPassword == null || rawPassword.isBlank() ? "{nologin}" : passwords.encode(rawPassword);
        person.allowSignIn(roles, hash);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonSummary> search(String text, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by("fullName", "id"));
        return people.search(normalise(text), page).stream().map(PersonSummary::of).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        return people.countSearch(normalise(text));
    }

    public Optional<Recipient> recipient(String email) {
        return people.findByEmail(PersonLimits.normaliseEmail(email))
                .map(p -> new Recipient(p.getId(), p.getFullName(), p.getEmail(), p.getLanguage()));
    }

    public Optional<Long> idOf(String email) {
        return people.findByEmail(PersonLimits.normaliseEmail(email)).map(Person::getId);
    }

    /** Names for public pages; the caller shows a name only where {@code consented} is true. */
    public Map<Long, PublicName> publicNames(Collection<Long> ids) {
        return people.findByIdIn(ids).stream()
                .map(p -> new PublicName(p.getId(), p.getFullName(), p.getAffiliation(), p.isPublicConsent()))
                .collect(Collectors.toMap(PublicName::personId, Function.identity()));
    }

    /** Contact details, for callers that have already decided this reader may see them. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, PersonSummary> contacts(Collection<Long> ids) {
        return people.findByIdIn(ids).stream().map(PersonSummary::of)
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    public Map<Long, Language> languagesOf(Collection<Long> ids) {
        return people.findByIdIn(ids).stream().collect(Collectors.toMap(Person::getId, Person::getLanguage));
    }

    public long countAll() {
        return people.count();
    }

    @Override
    @Transactional
    public void remember(long personId, Language language) {
        people.findById(personId).ifPresent(p -> p.setLanguage(language));
    }

    @EventListener
    @Transactional
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof RoundtableUser user) {
            people.findById(user.personId()).ifPresent(p -> p.recordSignIn(clock.instant()));
        }
    }

    /**
     * People to choose from when filling a seat. Open to any signed-in caller because the
     * caller decides who may fill seats (committees: the body's chair or an administrator).
     */
    @PreAuthorize("isAuthenticated()")
    public List<PersonSummary> directory(String text, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by("fullName", "id"));
        return people.search(normalise(text), page).stream().map(PersonSummary::of).toList();
    }

    /** Adds someone new while filling a seat; the caller has checked the right to fill it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long registerForRoster(@Valid PersonData data) {
        return save(data);
    }

    private long save(PersonData data) {
        String email = PersonLimits.normaliseEmail(data.email());
        if (people.existsByEmail(email)) {
            throw new DuplicateEmailException(email);
        }
        Person person = new Person(data.fullName().strip(), email, data.language(), clock.instant());
        person.updateDetails(data);
        return people.save(person).getId();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
