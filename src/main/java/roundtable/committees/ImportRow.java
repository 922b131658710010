package roundtable.committees;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import roundtable.base.i18n.Language;

/** One line of an uploaded roster, as understood, with what importing it would do or why it cannot. */
public record ImportRow(
        int line,
        String name,
        String email,
        String phone,
        Language language,
        String affiliation,
        boolean publicConsent,
        String seat,
        Long seatGroupId,
        Position position,
        LocalDate termStart,
        LocalDate termEnd,
        Long personId,
        Outcome outcome,
        List<Problem> problems)
        implements Serializable {

    public enum Outcome {
        NEW_PERSON,
        EXISTING_PERSON,
        UNCHANGED,
        INVALID
    }

    /** A message key and its arguments, translated where it is shown. */
    public record Problem(String column, String messageKey, List<String> arguments) implements Serializable {}

    public boolean importable() {
        return outcome == Outcome.NEW_PERSON || outcome == Outcome.EXISTING_PERSON;
    }
}
