package roundtable.subscriptions;

import roundtable.base.i18n.Language;

/** A confirmed subscriber to write to, with the link that unsubscribes them from this category in one click. */
public record Subscriber(long subscriptionId, String email, Language language, String unsubscribeLink) {}
