package roundtable.languageservices;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.i18n.Language;
import roundtable.base.security.Coordinators;
import roundtable.committees.BodyMembers;
import roundtable.committees.CommitteeService;
import roundtable.people.PersonService;

/** Which bodies have members who prefer which language: who will need interpretation at their meetings. */
@Service
@Transactional(readOnly = true)
public class LanguageNeedsService {

    private final CommitteeService committees;
    private final PersonService people;

    LanguageNeedsService(CommitteeService committees, PersonService people) {
        this.committees = committees;
        this.people = people;
    }

    /** Members per preferred language on each active body, in the bodies' order by name. */
    @Coordinators
    public List<LanguageNeeds> languageNeeds() {
        List<BodyMembers> bodies = committees.activeBodiesWithMembers();
        Map<Long, Language> languages = people.languagesOf(
                bodies.stream().flatMap(b -> b.personIds().stream()).collect(Collectors.toSet()));
        return bodies.stream()
                .map(b -> {
                    Map<Language, Long> counts = new EnumMap<>(Language.class);
                    b.personIds().stream()
                            .map(id -> languages.getOrDefault(id, Language.fallback()))
                            .forEach(l -> counts.merge(l, 1L, Long::sum));
                    return new LanguageNeeds(b.body(), b.personIds().size(), counts);
                })
                .toList();
    }
}
