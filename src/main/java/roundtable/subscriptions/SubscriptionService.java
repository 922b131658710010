package roundtable.subscriptions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;
import roundtable.base.security.Open;
import roundtable.base.security.SignedLinks;
import roundtable.base.security.SignedLinks.Outcome;
import roundtable.base.security.SignedLinks.Verification;
import roundtable.base.security.SystemUse;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.people.PersonAnonymised;
import roundtable.people.PersonService;

/**
 * Who receives a body's news, and leaving it: the subscribers and members' opt-outs the mailers
 * read, and the one-click unsubscribe links, which need no account, only a link the address's owner
 * has (signed, see decision 7). Asking to follow a body is {@link SubscriptionRequests}.
 */
@Service
@Transactional(readOnly = true)
public class SubscriptionService {

    public static final String UNSUBSCRIBE_PATH = "/unsubscribe/";
    /** Unsubscribe links must work in any old email; a subscriber can revoke them only by unsubscribing. */
    static final Duration UNSUBSCRIBE_VALID = Duration.ofDays(3650);

    private static final String SUBSCRIBER = "unsubscribe-";
    private static final String MEMBER = "member-unsubscribe-";
    private static final String DIGEST = "digest-unsubscribe";
    private static final String DIGEST_NONCE = "all";

    private final SubscriptionRepository subscriptions;
    private final OptOutRepository optOuts;
    private final CommitteeService committees;
    private final PersonService people;
    private final SignedLinks links;
    private final RoundtableProperties properties;
    private final Clock clock;

    SubscriptionService(
            SubscriptionRepository subscriptions,
            OptOutRepository optOuts,
            CommitteeService committees,
            PersonService people,
            SignedLinks links,
            RoundtableProperties properties,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.optOuts = optOuts;
        this.committees = committees;
        this.people = people;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /** Confirmed subscribers of one body's news of this kind, each with their one-click unsubscribe link. */
    @SystemUse(reason = "mailers sending a body's news")
    public List<Subscriber> subscribers(long bodyId, Category category) {
        Instant expires = clock.instant().plus(UNSUBSCRIBE_VALID);
        return subscriptions.findReceiving(bodyId, category).stream()
                .map(s -> new Subscriber(
                        s.getId(),
                        s.getEmail(),
                        s.getLanguage(),
                        properties.link(UNSUBSCRIBE_PATH
                                + links.sign(SUBSCRIBER + category.slug(), s.getId(), s.getNonce(), expires))))
                .toList();
    }

    /** Members who turned this body's news of this kind off from an email. */
    @SystemUse(reason = "mailers deciding who receives a body's news")
    public Set<Long> membersOptedOut(long bodyId, Category category) {
        return optOuts.findByBodyIdAndCategory(bodyId, category).stream()
                .map(OptOut::getPersonId)
                .collect(Collectors.toSet());
    }

    /** The link in a member's list email that turns this body's news of this kind off for them. */
    @SystemUse(reason = "mailers putting a one-click unsubscribe link in each email")
    public String memberUnsubscribeLink(long personId, long bodyId, Category category) {
        // The body rides in the signed nonce: a member's link needs no row until it is used.
        return properties.link(UNSUBSCRIBE_PATH
                + links.sign(
                        MEMBER + category.slug(),
                        personId,
                        "b" + bodyId,
                        clock.instant().plus(UNSUBSCRIBE_VALID)));
    }

    /** The link in a member's daily digest: it turns off announcements and minutes altogether. */
    @SystemUse(reason = "the daily digest puts a one-click unsubscribe link in each email")
    public String digestUnsubscribeLink(long personId) {
        return properties.link(UNSUBSCRIBE_PATH
                + links.sign(DIGEST, personId, DIGEST_NONCE, clock.instant().plus(UNSUBSCRIBE_VALID)));
    }

    /** What the link would turn off, and whether it already is. Opening it changes nothing. */
    @Open(reason = "the signed unsubscribe link is the permission")
    public Unsubscribing unsubscribing(String token) {
        return apply(token, null);
    }

    /** One click: off at once, without an account or a session. Doing it twice is harmless. */
    @Open(reason = "the signed unsubscribe link is the permission")
    @Transactional
    public Unsubscribing unsubscribe(String token) {
        return apply(token, false);
    }

    /** Changed their mind on the page that confirmed the unsubscribe. */
    @Open(reason = "the signed unsubscribe link is the permission")
    @Transactional
    public Unsubscribing resubscribe(String token) {
        return apply(token, true);
    }

    /** Reads the link and, with a value, sets what it names to receive ({@code true}) or not. */
    private Unsubscribing apply(String token, Boolean receive) {
        String purpose = purposeOf(token);
        if (purpose.startsWith(SUBSCRIBER)) {
            Category category = category(purpose.substring(SUBSCRIBER.length()));
            Subscription s = links.resolve(
                    purpose, token, subscriptions::findById, Subscription::getNonce, SubscriptionLinkException::new);
            if (receive != null && s.isConfirmed()) {
                s.receive(category, receive);
            }
            return new Unsubscribing(bodyName(s.getBodyId()), category, s.getLanguage(), !s.receives(category));
        }
        if (purpose.startsWith(MEMBER)) {
            Category category = category(purpose.substring(MEMBER.length()));
            Verification v = valid(purpose, token);
            long bodyId = bodyOf(v.nonce());
            Language language = languageOf(v.id());
            Optional<OptOut> existing = optOuts.findByPersonIdAndBodyIdAndCategory(v.id(), bodyId, category);
            if (Boolean.FALSE.equals(receive) && existing.isEmpty()) {
                optOuts.save(new OptOut(v.id(), bodyId, category, clock.instant()));
            } else if (Boolean.TRUE.equals(receive)) {
                existing.ifPresent(optOuts::delete);
            }
            boolean off = receive == null ? existing.isPresent() : !receive;
            return new Unsubscribing(bodyName(bodyId), category, language, off);
        }
        Verification v = valid(DIGEST, token);
        if (!DIGEST_NONCE.equals(v.nonce())) {
            throw new SubscriptionLinkException(Outcome.INVALID);
        }
        if (receive != null) {
            people.receiveListEmails(v.id(), receive);
        }
        boolean off = people.notificationChoices(v.id())
                .map(c -> !c.meetings() && !c.minutes())
                .orElse(true);
        return new Unsubscribing(null, null, languageOf(v.id()), off);
    }

    private Verification valid(String purpose, String token) {
        Verification v = links.verify(purpose, token);
        // Expiry is ten years away; an unsubscribe link older than that still means "stop".
        if (v.outcome() == Outcome.INVALID) {
            throw new SubscriptionLinkException(Outcome.INVALID);
        }
        return v;
    }

    private static String purposeOf(String token) {
        try {
            String payload = new String(
                    Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
            return payload.substring(0, payload.indexOf('|'));
        } catch (RuntimeException e) {
            throw new SubscriptionLinkException(Outcome.INVALID);
        }
    }

    private static Category category(String slug) {
        try {
            return Category.valueOf(slug.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SubscriptionLinkException(Outcome.INVALID);
        }
    }

    private static long bodyOf(String nonce) {
        try {
            return Long.parseLong(nonce.substring(1));
        } catch (RuntimeException e) {
            throw new SubscriptionLinkException(Outcome.INVALID);
        }
    }

    private Language languageOf(long personId) {
        return people.recipient(personId).map(r -> r.language()).orElse(Language.fallback());
    }

    private String bodyName(long bodyId) {
        return committees.find(bodyId).map(BodySummary::name).orElse("");
    }

    /** An anonymised member's choices go with the rest of what identified them. */
    @EventListener
    @Transactional
    void personAnonymised(PersonAnonymised event) {
        optOuts.deleteByPersonId(event.personId());
    }
}
