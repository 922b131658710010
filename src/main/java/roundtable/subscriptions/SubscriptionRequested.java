package roundtable.subscriptions;

import java.util.Set;
import roundtable.base.i18n.Language;

/**
 * Someone asked for an address to follow a body: the notifications feature emails the address its
 * confirmation link. Sent every time someone asks, whatever the address already receives, so the
 * form's answer says nothing about who subscribes. {@code requestedAt} (epoch milliseconds) keeps
 * each ask's email apart.
 */
public record SubscriptionRequested(
        long subscriptionId,
        long requestedAt,
        String email,
        Language language,
        String bodyName,
        Set<Category> categories,
        String confirmLink) {}
