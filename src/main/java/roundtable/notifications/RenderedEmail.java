package roundtable.notifications;

import roundtable.base.i18n.Language;

/**
 * A message ready to send: plain text and HTML of the same words, in the recipient's language.
 * {@code listUnsubscribe} is the one-click unsubscribe address of a message sent to a list (null
 * for messages about the recipient's own actions, which are always sent); {@code calendar} is a
 * meeting's iCalendar invitation, update or cancellation (null for other messages).
 */
record RenderedEmail(
        String to,
        Language language,
        String subject,
        String text,
        String html,
        String listUnsubscribe,
        CalendarPart calendar) {

    RenderedEmail(String to, Language language, String subject, String text, String html) {
        this(to, language, subject, text, html, null, null);
    }

    /** iCalendar text and its METHOD (REQUEST for an invitation or update, CANCEL for a cancellation). */
    record CalendarPart(String method, String ics) {}

    RenderedEmail withListUnsubscribe(String url) {
        return new RenderedEmail(to, language, subject, text, html, url, calendar);
    }

    RenderedEmail withCalendar(CalendarPart part) {
        return new RenderedEmail(to, language, subject, text, html, listUnsubscribe, part);
    }
}
