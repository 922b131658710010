package roundtable.subscriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
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
import roundtable.base.security.SystemUse;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;

/**
 * Asking to follow a body by email, without an account: asking is rate limited and answered the
 * same whatever the address already receives, and nothing reaches the address until its owner
 * follows the signed link (decision 7) and confirms.
 */
@Service
@Transactional(readOnly = true)
public class SubscriptionRequests {

    public static final String CONFIRM_PATH = "/subscriptions/confirm/";
    static final int ASKS_PER_CLIENT = 10;
    static final int ASKS_PER_ADDRESS = 3;
    static final Duration ASK_WINDOW = Duration.ofHours(1);
    static final Duration CONFIRM_WITHIN = Duration.ofDays(7);

    private static final String CONFIRM = "subscription-confirm";

    private final SubscriptionRepository subscriptions;
    private final CommitteeService committees;
    private final SignedLinks links;
    private final ApplicationEventPublisher events;
    private final RoundtableProperties properties;
    private final Clock clock;
    private final AttemptLimiter perClient;
    private final AttemptLimiter perAddress;

    SubscriptionRequests(
            SubscriptionRepository subscriptions,
            CommitteeService committees,
            SignedLinks links,
            ApplicationEventPublisher events,
            RoundtableProperties properties,
            Clock clock,
            AttemptLimits limits) {
        this.subscriptions = subscriptions;
        this.committees = committees;
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
        return subscriptions.deleteUnconfirmedRequestedBefore(before)
                + subscriptions.forgetPendingRequestedBefore(before);
    }

    /**
     * Emails the address a link to confirm. Nothing it receives changes until the link is followed,
     * and the answer is the same whether or not it already follows the body.
     */
    @Open(
            reason =
                    "any visitor may ask for a body's news: nothing is sent but a confirmation to the address, and requests are rate-limited")
    @Transactional
    public void request(long bodyId, String email, Language language, Set<Category> categories, String clientAddress) {
        BodySummary body = committees
                .find(bodyId)
                .filter(BodySummary::active)
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
        Subscription subscription = subscriptions
                .findByBodyIdAndEmailKey(bodyId, key)
                .orElseGet(() -> new Subscription(bodyId, clean, key, writeIn, now));
        subscription.ask(writeIn, categories, now);
        subscription = subscriptions.saveAndFlush(subscription);
        String link = properties.link(CONFIRM_PATH
                + links.sign(CONFIRM, subscription.getId(), subscription.getPendingNonce(), now.plus(CONFIRM_WITHIN)));
        events.publishEvent(new SubscriptionRequested(
                subscription.getId(),
                now.toEpochMilli(),
                clean,
                writeIn,
                body.name(),
                EnumSet.copyOf(categories),
                link));
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
        return links.resolve(
                CONFIRM, token, subscriptions::findById, Subscription::getPendingNonce, SubscriptionLinkException::new);
    }

    private SubscriptionToConfirm view(Subscription s, boolean confirmed) {
        BodySummary body = committees.find(s.getBodyId()).orElseThrow();
        return new SubscriptionToConfirm(
                s.getEmail(), body.name(), body.slug(), s.pendingCategories(), s.getPendingLanguage(), confirmed);
    }
}
