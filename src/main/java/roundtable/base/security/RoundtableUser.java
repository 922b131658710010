package roundtable.base.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import roundtable.base.i18n.Language;

/** The signed-in person, as Spring Security keeps them in the session. */
public class RoundtableUser extends User {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String displayName;
    private final Language language;

    public RoundtableUser(
            long personId,
            String email,
            String passwordHash,
            String displayName,
            Language language,
            Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, authorities);
        this.personId = personId;
        this.displayName = displayName;
        this.language = language;
    }

    public long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return getUsername();
    }

    public Language language() {
        return language;
    }

    public boolean hasRole(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
