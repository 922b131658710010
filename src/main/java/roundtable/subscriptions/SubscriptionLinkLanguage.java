package roundtable.subscriptions;

import java.util.Optional;
import org.springframework.stereotype.Component;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.PersonalLinkLanguage;

/** A subscription's confirmation link opens in the language the follower chose for its emails. */
@Component
class SubscriptionLinkLanguage implements PersonalLinkLanguage {

    private final SubscriptionRequests requests;

    SubscriptionLinkLanguage(SubscriptionRequests requests) {
        this.requests = requests;
    }

    @Override
    public Optional<Language> recipientLanguage(String path) {
        // A link that does not stand throws, and names nobody.
        return PersonalLinkLanguage.token(SubscriptionRequests.CONFIRM_PATH, path)
                .map(token -> requests.toConfirm(token).language());
    }
}
