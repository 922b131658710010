package roundtable.minutes;

import java.util.List;

/** Something to check before publishing (no attendance, a vote without quorum); the publisher may go ahead. */
public record MinutesWarning(String messageKey, List<Object> arguments) {

    public MinutesWarning {
        arguments = List.copyOf(arguments);
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
