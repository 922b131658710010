package roundtable.subscriptions;

import java.util.Locale;

/** What a body sends to a list: meeting announcements (members: the invitation) and published minutes. */
public enum Category {
    MEETINGS,
    MINUTES;

    public String messageKey() {
        return "subscriptions.category." + name().toLowerCase(Locale.ROOT);
    }

    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
