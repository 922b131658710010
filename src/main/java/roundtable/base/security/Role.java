package roundtable.base.security;

/**
 * Organisation-wide roles. Chair and secretary rights are not roles: they come from a
 * person's memberships and are checked per committee by the committees feature.
 */
public enum Role {
    ADMIN,
    COORDINATOR,
    MEMBER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String MEMBER_NAME = "MEMBER";

    public String authority() {
        return "ROLE_" + name();
    }
}
