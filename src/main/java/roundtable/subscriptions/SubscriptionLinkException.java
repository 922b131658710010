package roundtable.subscriptions;

import roundtable.base.security.SignedLinks.Outcome;

/** A confirmation or unsubscribe link that is forged, mistyped or (confirmation only) expired. */
public class SubscriptionLinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Outcome outcome;

    SubscriptionLinkException(Outcome outcome) {
        super("Subscription link refused: " + outcome);
        this.outcome = outcome;
    }

    public boolean expired() {
        return outcome == Outcome.EXPIRED;
    }
}
