package roundtable.subscriptions;

import roundtable.base.i18n.Language;

/**
 * What an unsubscribe link turns off: one body's {@code category} (null for a member's daily
 * digest, which stops every list email), written in {@code language}. {@code off} says whether it
 * is off now.
 */
public record Unsubscribing(String bodyName, Category category, Language language, boolean off) {}
