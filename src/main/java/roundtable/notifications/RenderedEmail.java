package roundtable.notifications;

import roundtable.base.i18n.Language;

/** A message ready to send: plain text and HTML of the same words, in the recipient's language. */
record RenderedEmail(String to, Language language, String subject, String text, String html) {
}
