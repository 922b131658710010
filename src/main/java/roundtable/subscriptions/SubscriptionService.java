package roundtable.subscriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import roundtable.base.EmailAddresses;
import roundtable.base.RoundtableProperties;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.base.security.AttemptLimiter;
import roundtable.base.security.AttemptLimits;
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
 * Following a body by email, and leaving it. Every use case here works without an account: asking
 * is rate limited and answered the same whatever the address already receives; confirming and
 * unsubscribing need a link only the address's owner has (signed, see decision 7).
 */
@Service
@Transactional(readOnly = true)
public class SubscriptionService {

    public static final String CONFIRM_PATH = "/subscriptions/confirm/";
    public static final String UNSUBSCRIBE_PATH = "/unsubscribe/";
    static final int ASKS_PER_CLIENT = 10;
    static final int ASKS_PER_ADDRESS = 3;
    static final Duration ASK_WINDOW = Duration.ofHours(1);
    static final Duration CONFIRM_WITHIN = Duration.ofDays(7);
    /** Unsubscribe links must work in any old email; a subscriber can revoke them only by unsubscribing. */
    static final Duration UNSUBSCRIBE_VALID = Duration.ofDays(3650);

    private static final String CONFIRM = "subscription-confirm";
    private static final String SUBSCRIBER = "unsubscribe-";
    private static final String MEMBER = "member-unsubscribe-";
    private static final String DIGEST = "digest-unsubscribe";
    private static final String DIGEST_NONCE = "all";

    private final SubscriptionRepository subscriptions;
    private final OptOutRepository optOuts;
    private final CommitteeService committees;
    private final PersonService people;
    private final SignedLinks links;
    private final ApplicationEventPublisher events;
    private final RoundtableProperties properties;
    private final Clock clock;
    private final AttemptLimiter perClient;
    private final AttemptLimiter perAddress;

    SubscriptionService(SubscriptionRepository subscriptions, OptOutRepository optOuts, CommitteeService committees,
            PersonService people, SignedLinks links, ApplicationEventPublisher events, RoundtableProperties properties,
            Clock clock, AttemptLimits limits) {
        this.subscriptions = subscriptions;
        this.optOuts = optOuts;
        this.committees = committees;
        this.people = people;
        this.links = links;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.perClient = limits.limiter("subscribe.client", ASKS_PER_CLIENT, ASK_WINDOW);
        this.perAddress = limits.limiter("subscribe.email", ASKS_PER_ADDRESS, ASK_WINDOW);
    }

    /**
     * Nightly: what was asked and never confirmed within the link's week is forgotten, so an
     * address somebody typed in is not kept. Returns how many requests were dropped.
     */
    @SystemUse(reason = "the nightly job forgets requests nobody confirmed")
    @Transactional
    public int forgetUnconfirmed() {
        Instant before = clock.instant().minus(CONFIRM_WITHIN);
        return subscriptions.deleteUnconfirmedRequestedBefore(before) + subscriptions.forgetPendingRequestedBefore(before);
    }

    /**
     * Emails the address a link to confirm. Nothing it receives changes until the link is followed,
     * and the answer is the same whether or not it already follows the body.
     */
    @Open(reason = "any visitor may ask for a body's news: nothing is sent but a confirmation to the address, and requests are rate-limited")
    @Transactional
    public void request(long bodyId, String email, Language language, Set<Category> categories, String clientAddress) {
        BodySummary body = committees.find(bodyId).filter(BodySummary::active)
                .orElseThrow(() -> new RuleViolationException("email", "subscriptions.error.no-body"));
        String clean = email == null ? "" : email.strip();
        if (!EmailAddresses.wellFormed(clean)) {
            throw new RuleViolationException("email", "subscriptions.error.email");
        }
        if (categories == null || categories.isEmpty()) {
            throw new RuleViolationException("categories", "subscriptions.error.nothing-chosen");
        }
        String key = EmailAddresses.key(clean);
        if (!perClient.tryAcquire(clientAddress) || !perAddress.tryAcquire(key)) {
            throw new RuleViolationException("email", "subscriptions.error.too-many");
        }
        Language writeIn = language == null ? Language.fallback() : language;
        Instant now = clock.instant();
        Subscription subscription = subscriptions.findByBodyIdAndEmailKey(bodyId, key)
                .orElseGet(() -> new Subscription(bodyId, clean, key, writeIn, now));
        subscription.ask(writeIn, categories, now);
        subscription = subscriptions.saveAndFlush(subscription);
        String link = properties.link(CONFIRM_PATH
                + links.sign(CONFIRM, subscription.getId(), subscription.getPendingNonce(), now.plus(CONFIRM_WITHIN)));
        events.publishEvent(new SubscriptionRequested(subscription.getId(), now.toEpochMilli(), clean, writeIn,
                body.name(), EnumSet.copyOf(categories), link));
    }

    /** What the confirmation link asks for. Opening it changes nothing (mail scanners open links). */
    @Open(reason = "the signed confirmation link is the permission")
    public SubscriptionToConfirm toConfirm(String token) {
        return view(pending(token), false);
    }

    /** The address's owner pressed Confirm: from now on the body's news reaches them. */
    @Open(reason = "the signed confirmation link is the permission")
    @Transactional
    public SubscriptionToConfirm confirm(String token) {
        Subscription subscription = pending(token);
        SubscriptionToConfirm confirmed = view(subscription, true);
        subscription.confirm(clock.instant());
        return confirmed;
    }

    private Subscription pending(String token) {
        return links.resolve(CONFIRM, token, subscriptions::findById, Subscription::getPendingNonce,
                SubscriptionLinkException::new);
    }

    private SubscriptionToConfirm view(Subscription s, boolean confirmed) {
        BodySummary body = committees.find(s.getBodyId()).orElseThrow();
        return new SubscriptionToConfirm(s.getEmail(), body.name(), body.slug(), s.pendingCategories(),
                s.getPendingLanguage(), confirmed);
    }

    /** Confirmed subscribers of one body's news of this kind, each with their one-click unsubscribe link. */
    @SystemUse(reason = "mailers sending a body's news")
    public List<Subscriber> subscribers(long bodyId, Category category) {
        Instant expires = clock.instant().plus(UNSUBSCRIBE_VALID);
        return subscriptions.findReceiving(bodyId, category).stream()
                .map(s -> new Subscriber(s.getId(), s.getEmail(), s.getLanguage(), properties.link(UNSUBSCRIBE_PATH
                        + links.sign(SUBSCRIBER + category.slug(), s.getId(), s.getNonce(), expires))))
                .toList();
    }

    /** Members who turned this body's news of this kind off from an email. */
    @SystemUse(reason = "mailers deciding who receives a body's news")
    public Set<Long> membersOptedOut(long bodyId, Category category) {
        return optOuts.findByBodyIdAndCategory(bodyId, category).stream().map(OptOut::getPersonId)
                .collect(Collectors.toSet());
    }

    /** The link in a member's list email that turns this body's news of this kind off for them. */
    @SystemUse(reason = "mailers putting a one-click unsubscribe link in each email")
    public String memberUnsubscribeLink(long personId, long bodyId, Category category) {
        // The body rides in the signed nonce: a member's link needs no row until it is used.
        return properties.link(UNSUBSCRIBE_PATH + links.sign(MEMBER + category.slug(), personId, "b" + bodyId,
                clock.instant().plus(UNSUBSCRIBE_VALID)));
    }

    /** The link in a member's daily digest: it turns off announcements and minutes altogether. */
    @SystemUse(reason = "the daily digest puts a one-click unsubscribe link in each email")
    public String digestUnsubscribeLink(long personId) {
        return properties.link(UNSUBSCRIBE_PATH + links.sign(DIGEST, personId, DIGEST_NONCE,
                clock.instant().plus(UNSUBSCRIBE_VALID)));
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
            Subscription s = links.resolve(purpose, token, subscriptions::findById, Subscription::getNonce,
                    SubscriptionLinkException::new);
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
        boolean off = people.notificationChoices(v.id()).map(c -> !c.meetings() && !c.minutes()).orElse(true);
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
            String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    java.nio.charset.StandardCharsets.UTF_8);
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
