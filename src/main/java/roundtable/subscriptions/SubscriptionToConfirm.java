package roundtable.subscriptions;

import java.util.Set;
import roundtable.base.i18n.Language;

/** What a confirmation link asks for; {@code confirmed} once the address's owner pressed Confirm. */
public record SubscriptionToConfirm(
        String email,
        String bodyName,
        String bodySlug,
        Set<Category> categories,
        Language language,
        boolean confirmed) {}
