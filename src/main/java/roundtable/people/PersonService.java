package roundtable.people;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguagePreferences;
import roundtable.base.security.Open;
import roundtable.base.security.RoundtableUser;
import roundtable.base.security.SignedIn;
import roundtable.base.security.SystemUse;

/**
 * The people feature's front door for reading: the directory, and what other features read about
 * a person. Adding and changing people is {@link PersonEditor}; a person's own profile is {@link
 * ProfileService}.
 */
@Service
@Transactional(readOnly = true)
public class PersonService implements LanguagePreferences {

    private final PersonRepository people;
    private final Clock clock;

    PersonService(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonSummary> search(String text, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by("fullName", "id"));
        return people.search(normalise(text), page).stream()
                .map(PersonSummary::of)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        return people.countSearch(normalise(text));
    }

    /** Empty for anonymised people: nothing may be sent to them. */
    @SystemUse(reason = "mailers address people by the address a feature recorded; nothing here is shown to a visitor")
    public Optional<Recipient> recipient(String email) {
        return people.findByEmail(PersonLimits.normaliseEmail(email)).flatMap(PersonService::writableTo);
    }

    /** Empty for anonymised people: nothing may be sent to them. For work done without their sign-in. */
    @SystemUse(reason = "mailers and listeners write to people without their sign-in")
    public Optional<Recipient> recipient(long personId) {
        return people.findById(personId).flatMap(PersonService::writableTo);
    }

    private static Optional<Recipient> writableTo(Person p) {
        return p.isAnonymised()
                ? Optional.empty()
                : Optional.of(new Recipient(p.getId(), p.getFullName(), p.getEmail(), p.getLanguage()));
    }

    /** Empty for anonymised people. For deciding, without anyone signed in, which emails they receive. */
    @SystemUse(reason = "mailers decide which emails someone receives, with no one signed in")
    public Optional<NotificationChoices> notificationChoices(long personId) {
        return people.findById(personId).filter(p -> !p.isAnonymised()).map(NotificationChoices::of);
    }

    /**
     * Turns a person's announcements and minutes off (or back on) from the signed link in their
     * daily digest: the caller has checked the link, which is all the sign-in this needs.
     */
    @SystemUse(reason = "subscriptions calls it after checking the signed link in the person's digest")
    @Transactional
    public void receiveListEmails(long personId, boolean value) {
        people.findById(personId).filter(p -> !p.isAnonymised()).ifPresent(p -> p.receiveListEmails(value));
    }

    /** Ids of the people with these addresses, in one query: for matching a whole spreadsheet at once. */
    @SystemUse(reason = "the roster import matches a spreadsheet after its own check of who may import")
    public Map<String, Long> idsOf(Collection<String> emails) {
        return people
                .findByEmailIn(emails.stream().map(PersonLimits::normaliseEmail).toList())
                .stream()
                .collect(Collectors.toMap(Person::getEmail, Person::getId));
    }

    @SystemUse(reason = "mailers and demo data find a person by address; it reveals nothing to a person")
    public Optional<Long> idOf(String email) {
        return people.findByEmail(PersonLimits.normaliseEmail(email)).map(Person::getId);
    }

    /** Names for public pages: name and affiliation only where the person consented, otherwise null. */
    @Open(reason = "names and affiliations only of people who consented to show them publicly")
    public Map<Long, PublicName> publicNames(Collection<Long> ids) {
        return people.findByIdIn(ids).stream()
                .map(p -> {
                    boolean shown = p.isPublicConsent() && !p.isAnonymised();
                    return new PublicName(
                            p.getId(),
                            shown ? p.getFullName() : null,
                            shown ? p.getAffiliation() : null,
                            p.isPublicConsent(),
                            p.isAnonymised());
                })
                .collect(Collectors.toMap(PublicName::personId, Function.identity()));
    }

    /** Contact details, for callers that have already decided this reader may see them. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, PersonSummary> contacts(Collection<Long> ids) {
        return people.findByIdIn(ids).stream()
                .map(PersonSummary::of)
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    @SystemUse(
            reason =
                    "services working out which languages a meeting needs, and calendars written in each person's language")
    public Map<Long, Language> languagesOf(Collection<Long> ids) {
        return people.findByIdIn(ids).stream().collect(Collectors.toMap(Person::getId, Person::getLanguage));
    }

    @Open(reason = "a head count says nothing about anyone")
    public long countAll() {
        return people.count();
    }

    @SignedIn
    @Override
    public Optional<Language> saved(long personId) {
        return people.findById(personId).map(Person::getLanguage);
    }

    @EventListener
    @Transactional
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof RoundtableUser user) {
            people.findById(user.personId()).ifPresent(p -> p.recordSignIn(clock.instant()));
        }
    }

    /**
     * People to choose from when filling a seat: only for a search of at least two
     * characters, and with addresses masked, so the directory cannot be paged through to
     * harvest contact details. The caller checks the right to fill seats (committees: the
     * body's chair or an administrator).
     */
    @PreAuthorize("isAuthenticated()")
    public List<DirectoryEntry> directory(String text, int offset, int limit) {
        String search = normalise(text);
        if (search.length() < DirectoryEntry.MIN_SEARCH) {
            return List.of();
        }
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by("fullName", "id"));
        return people.search(search, page).stream()
                .filter(p -> !p.isAnonymised())
                .map(p -> new DirectoryEntry(
                        p.getId(), p.getFullName(), DirectoryEntry.mask(p.getEmail()), p.getAffiliation()))
                .toList();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
