package roundtable.languageservices;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.security.SystemUse;

/**
 * Names and addresses of assigned interpreters for the emails that tell them a meeting moved or was
 * called off. Those emails follow a chair's change, not a coordinator's, so unlike the roster this
 * has no role check; it returns nothing a page shows and nothing beyond what the email needs.
 */
@Service
@Transactional(readOnly = true)
class InterpreterContacts {

    private final InterpreterRepository interpreters;

    InterpreterContacts(InterpreterRepository interpreters) {
        this.interpreters = interpreters;
    }

    @SystemUse(
            reason = "the emails telling interpreters that a meeting moved or was called off, which follow a "
                    + "chair's change")
    public Map<Long, InterpreterContact> of(Collection<Long> ids) {
        return interpreters.findAllById(ids).stream()
                .map(i -> new InterpreterContact(i.getId(), i.getName(), i.getEmail()))
                .collect(Collectors.toMap(InterpreterContact::id, Function.identity()));
    }
}
