package roundtable.committees;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import roundtable.base.EmailAddresses;
import roundtable.base.PlainText;
import roundtable.base.i18n.Language;
import roundtable.committees.ImportRow.Outcome;
import roundtable.committees.ImportRow.Problem;
import roundtable.people.PersonLimits;

/**
 * Understands one uploaded roster's rows, one at a time and in order: each row with its problems
 * and what saving it would do, counting the seats the rows before it would take and the addresses
 * they used.
 */
final class ImportRowReader {

    /** People matched by address, and every membership of the body by person. */
    record Known(Map<String, Long> ids, Map<Long, List<Membership>> memberships) {}

    private final Map<String, SeatGroup> seats;
    private final Map<Long, Long> filled;
    private final Known known;
    private final LocalDate today;
    private final Set<String> emailsSeen = new HashSet<>();

    /** {@code filled} counts the seats taken per seat group; the reader adds the rows it would seat. */
    ImportRowReader(Map<String, SeatGroup> seats, Map<Long, Long> filled, Known known, LocalDate today) {
        this.seats = seats;
        this.filled = filled;
        this.known = known;
        this.today = today;
    }

    ImportRow read(CSVRecord record) {
        int line = (int) record.getRecordNumber() + 1;
        List<Problem> problems = new ArrayList<>();
        String name = value(record, "name");
        String email = PersonLimits.normaliseEmail(value(record, "email"));
        if (name.isEmpty()) {
            problems.add(problem("name", "validation.required"));
        } else if (name.length() > PersonLimits.NAME) {
            problems.add(problem("name", "validation.too-long", PersonLimits.NAME));
        } else if (!PlainText.acceptable(name, false)) {
            problems.add(problem("name", PlainText.MESSAGE_KEY));
        }
        // The preview promises what saving will do: the same checks as adding a person by hand.
        checkOptional("phone", value(record, "phone"), PersonLimits.PHONE, problems);
        checkOptional("affiliation", value(record, "affiliation"), PersonLimits.AFFILIATION, problems);
        if (email.isEmpty()) {
            problems.add(problem("email", "validation.required"));
        } else if (email.length() > PersonLimits.EMAIL || !EmailAddresses.wellFormed(email)) {
            problems.add(problem("email", "validation.email"));
        } else if (!emailsSeen.add(email)) {
            problems.add(problem("email", "roster.import.duplicate-email"));
        }
        Language language = Language.fromTag(value(record, "language")).orElse(Language.fallback());
        SeatGroup seat = seats.get(value(record, "seat").toLowerCase(Locale.ROOT));
        if (seat == null) {
            problems.add(problem("seat", "roster.import.unknown-seat", value(record, "seat")));
        }
        Position position = Position.MEMBER;
        if (!value(record, "position").isEmpty()) {
            try {
                position = Position.valueOf(value(record, "position")
                        .toUpperCase(Locale.ROOT)
                        .replace('-', '_')
                        .replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(problem("position", "roster.import.unknown-position", value(record, "position")));
            }
        }
        LocalDate start = date(record, "term_start", problems).orElse(today);
        LocalDate end = date(record, "term_end", problems)
                .orElse(
                        seat == null || seat.getTermMonths() == null
                                ? null
                                : start.plusMonths(seat.getTermMonths()).minusDays(1));
        if (end != null && end.isBefore(start)) {
            problems.add(problem("term_end", "roster.error.term-order"));
        }
        Long personId = email.isEmpty() ? null : known.ids().get(email);
        Outcome outcome = problems.isEmpty()
                ? (personId == null ? Outcome.NEW_PERSON : Outcome.EXISTING_PERSON)
                : Outcome.INVALID;
        if (problems.isEmpty() && personId != null) {
            final LocalDate s = start;
            final LocalDate e = end;
            var theirs = known.memberships().getOrDefault(personId, List.of());
            if (theirs.stream()
                    .anyMatch(m -> m.getSeatGroupId() != null
                            && m.getSeatGroupId().equals(seat.getId())
                            && m.getTermStart().equals(s))) {
                outcome = Outcome.UNCHANGED;
            } else if (theirs.stream().anyMatch(m -> m.overlaps(s, e))) {
                problems.add(problem("term_start", "roster.error.overlap"));
                outcome = Outcome.INVALID;
            }
        }
        if (outcome == Outcome.NEW_PERSON || outcome == Outcome.EXISTING_PERSON) {
            long taken = filled.merge(seat.getId(), 1L, Long::sum);
            if (taken > seat.getSeatCount()) {
                problems.add(problem("seat", "roster.error.seats-full", seat.getName(), seat.getSeatCount()));
                outcome = Outcome.INVALID;
            }
        }
        return new ImportRow(
                line,
                name,
                email,
                value(record, "phone"),
                language,
                value(record, "affiliation"),
                "yes".equalsIgnoreCase(value(record, "public_name"))
                        || "true".equalsIgnoreCase(value(record, "public_name")),
                value(record, "seat"),
                seat == null ? null : seat.getId(),
                position,
                start,
                end,
                personId,
                outcome,
                List.copyOf(problems));
    }

    private static void checkOptional(String column, String value, int max, List<Problem> problems) {
        if (value.length() > max) {
            problems.add(problem(column, "validation.too-long", max));
        } else if (!PlainText.acceptable(value, false)) {
            problems.add(problem(column, PlainText.MESSAGE_KEY));
        }
    }

    private static Optional<LocalDate> date(CSVRecord record, String column, List<Problem> problems) {
        String text = value(record, column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(problem(column, "roster.import.bad-date", text));
            return Optional.empty();
        }
    }

    static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column)
                ? record.get(column).strip()
                : "";
    }

    private static Problem problem(String column, String key, Object... args) {
        return new Problem(column, key, Arrays.stream(args).map(String::valueOf).toList());
    }
}
