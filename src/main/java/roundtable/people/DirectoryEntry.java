package roundtable.people;

/** A person found when filling a seat: enough to tell namesakes apart, not enough to contact them. */
public record DirectoryEntry(long id, String fullName, String maskedEmail, String affiliation) {

    static final int MIN_SEARCH = 2;

    /** "ruth.goldberg@example.org" becomes "r…g@example.org". */
    static String mask(String email) {
        int at = email.indexOf('@');
        if (at <= 1) {
            return "…" + email.substring(Math.max(at, 0));
        }
        return email.charAt(0) + "…" + email.charAt(at - 1) + email.substring(at);
    }
}
