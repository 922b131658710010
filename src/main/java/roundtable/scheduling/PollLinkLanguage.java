package roundtable.scheduling;

import java.util.Optional;
import org.springframework.stereotype.Component;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.PersonalLinkLanguage;

/** A "find a time" answer link opens in the language its invitation was written in. */
@Component
class PollLinkLanguage implements PersonalLinkLanguage {

    private final PollAnswers answers;

    PollLinkLanguage(PollAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Optional<Language> recipientLanguage(String path) {
        // A link that does not stand throws, and names nobody.
        return PersonalLinkLanguage.token(PollLinks.ANSWER_PATH, path)
                .map(token -> answers.invitation(token).language());
    }
}
