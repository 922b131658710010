package roundtable.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import roundtable.base.PlainText;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.SignedIn;

/** A signed-in person's own profile: what they may change about themselves, and all Roundtable holds about them. */
@Service
@Validated
@Transactional(readOnly = true)
@SignedIn
public class ProfileService {

    private final PersonRepository people;
    private final PersonalDataExport export;

    ProfileService(PersonRepository people, PersonalDataExport export) {
        this.people = people;
        this.export = export;
    }

    public MyProfile myProfile() {
        return MyProfile.of(signedIn());
    }

    /** Saves what people may change about themselves; a stale version means they edited in another tab. */
    @Transactional
    public MyProfile updateMyProfile(@Valid @NotNull ProfileData data, long expectedVersion) {
        Person me = signedIn();
        if (me.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Person " + me.getId() + " changed since it was read");
        }
        PlainText.require("phone", data.phone());
        PlainText.require("pronouns", data.pronouns());
        PlainText.requireLines("accessibilityNeeds", data.accessibilityNeeds());
        me.updateProfile(data);
        people.flush();
        return MyProfile.of(me);
    }

    /** Everything Roundtable holds about the signed-in person, as a JSON document. */
    public String exportMyData() {
        return export.of(signedIn());
    }

    private Person signedIn() {
        return CurrentUser.personId()
                .flatMap(people::findById)
                .filter(p -> !p.isAnonymised())
                .orElseThrow(() -> new AccessDeniedException("Only a signed-in person has a profile"));
    }
}
