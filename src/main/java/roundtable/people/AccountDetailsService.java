package roundtable.people;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.security.RoundtableUser;
import roundtable.base.security.SystemUse;

/** Signs in people who have been allowed to; everyone else on a roster is unknown to sign-in. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final PersonRepository people;

    AccountDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @SystemUse(reason = "Spring Security asks it while signing someone in, before anyone is signed in")
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Person person = people.findByEmail(PersonLimits.normaliseEmail(email))
                .filter(Person::isSignInEnabled)
                .filter(p -> !p.isAnonymised())
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        var authorities = person.getRoles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return new RoundtableUser(
                person.getId(),
                person.getEmail(),
                person.getPasswordHash(),
                person.getFullName(),
                person.getLanguage(),
                authorities);
    }
}
