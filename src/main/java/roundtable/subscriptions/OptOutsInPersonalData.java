package roundtable.subscriptions;

import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.people.PersonalDataContributor;

/** The bodies whose announcements or minutes a member turned off from an email, for their export. */
@Component
@Transactional(readOnly = true)
class OptOutsInPersonalData implements PersonalDataContributor {

    record TurnedOff(String body, Category category, Instant since) {}

    private final OptOutRepository optOuts;
    /** Looked up when asked: the people feature builds its export from contributors while committees needs people. */
    private final ObjectProvider<CommitteeService> committees;

    OptOutsInPersonalData(OptOutRepository optOuts, ObjectProvider<CommitteeService> committees) {
        this.optOuts = optOuts;
        this.committees = committees;
    }

    @Override
    public String section() {
        return "emailsTurnedOff";
    }

    @Override
    public List<TurnedOff> personalDataOf(long personId) {
        return optOuts.findByPersonId(personId).stream()
                .map(o -> new TurnedOff(
                        committees
                                .getObject()
                                .find(o.getBodyId())
                                .map(BodySummary::name)
                                .orElse(""),
                        o.getCategory(),
                        o.getCreatedAt()))
                .toList();
    }
}
