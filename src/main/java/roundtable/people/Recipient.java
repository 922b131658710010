package roundtable.people;

import roundtable.base.i18n.Language;

/** Enough about a person to write to them in their language. */
public record Recipient(long personId, String fullName, String email, Language language) {}
