package roundtable.committees;

import static roundtable.base.SpreadsheetCells.safe;

import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.EmailAddresses;
import roundtable.base.PlainText;
import roundtable.base.RoundtableProperties;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.committees.ImportRow.Outcome;
import roundtable.committees.ImportRow.Problem;
import roundtable.people.PersonData;
import roundtable.people.PersonLimits;
import roundtable.people.PersonService;

/**
 * A body's roster as a spreadsheet (CSV): export for the chair's own records, import to
 * fill seats from the district's spreadsheets. Import first previews every row with its
 * problems; confirming saves only the valid rows; importing the same file again changes
 * nothing, because people are matched by email and existing seats are recognised.
 */
@Service
@Transactional(readOnly = true)
public class RosterCsv {

    public static final List<String> COLUMNS = List.of(
            "name",
            "email",
            "phone",
            "language",
            "affiliation",
            "public_name",
            "seat",
            "position",
            "term_start",
            "term_end");
    public static final int MAX_ROWS = 5_000;

    private static final CSVFormat READ = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT
            .builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();

    private final RosterService roster;
    private final SeatGroupRepository seatGroups;
    private final MembershipRepository memberships;
    private final PersonService people;
    private final Clock clock;
    private final RoundtableProperties properties;

    RosterCsv(
            RosterService roster,
            SeatGroupRepository seatGroups,
            MembershipRepository memberships,
            PersonService people,
            Clock clock,
            RoundtableProperties properties) {
        this.roster = roster;
        this.seatGroups = seatGroups;
        this.memberships = memberships;
        this.people = people;
        this.clock = clock;
        this.properties = properties;
    }

    /** The current roster, with every cell that a spreadsheet would run as a formula made harmless. */
    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public String export(long bodyId) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, WRITE)) {
            long total = roster.countMembers(bodyId, null);
            for (int offset = 0; offset < total; offset += 500) {
                for (RosterMember m : roster.members(bodyId, null, offset, 500)) {
                    csv.printRecord(
                            safe(m.name()),
                            safe(m.email()),
                            safe(m.phone()),
                            m.language() == null ? "" : m.language().tag(),
                            safe(m.affiliation()),
                            m.publicConsent() ? "yes" : "no",
                            safe(m.seatGroup()),
                            m.position().name(),
                            m.termStart(),
                            m.termEnd() == null ? "" : m.termEnd());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    @PreAuthorize("@committeeAccess.canManage(#bodyId)")
    public ImportPreview preview(long bodyId, InputStream upload, IntConsumer rowsRead) {
        LocalDate today = LocalDate.now(clock.withZone(properties.defaultTimeZone()));
        Map<String, SeatGroup> seats = new HashMap<>();
        for (SeatGroup g : seatGroups.findByBodyIdOrderBySortOrder(bodyId)) {
            seats.put(g.getName().toLowerCase(Locale.ROOT), g);
        }
        Map<Long, Long> filled = new HashMap<>();
        for (Object[] row : seatGroups.withCounts(bodyId, today)) {
            filled.put(((SeatGroup) row[0]).getId(), (Long) row[1]);
        }
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new InputStreamReader(upload, StandardCharsets.UTF_8))
                .setFormat(READ)
                .get()) {
            Set<String> missing = new HashSet<>(List.of("name", "email", "seat"));
            missing.removeIf(column -> parser.getHeaderNames().stream().anyMatch(h -> h.equalsIgnoreCase(column)));
            if (!missing.isEmpty()) {
                throw new RuleViolationException("file", "roster.import.missing-columns", String.join(", ", missing));
            }
            for (CSVRecord record : parser) {
                if (records.size() >= MAX_ROWS) {
                    throw new RuleViolationException("file", "roster.import.too-many-rows", MAX_ROWS);
                }
                records.add(record);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new RuleViolationException("file", "roster.import.unreadable");
        }
        // Two queries for the whole file, not two per row: who is known, and who already sits on the body.
        Known known = new Known(
                people.idsOf(records.stream()
                        .map(r -> PersonLimits.normaliseEmail(value(r, "email")))
                        .filter(e -> !e.isEmpty())
                        .collect(Collectors.toSet())),
                memberships.findByBodyId(bodyId).stream().collect(Collectors.groupingBy(Membership::getPersonId)));
        List<ImportRow> rows = new ArrayList<>();
        Set<String> emailsSeen = new HashSet<>();
        for (CSVRecord record : records) {
            rows.add(understand(record, seats, filled, emailsSeen, known, today));
            if (rows.size() % 100 == 0) {
                rowsRead.accept(rows.size());
            }
        }
        rowsRead.accept(rows.size());
        return new ImportPreview(bodyId, List.copyOf(rows));
    }

    /** People matched by address, and every membership of the body by person. */
    private record Known(Map<String, Long> ids, Map<Long, List<Membership>> memberships) {}

    private ImportRow understand(
            CSVRecord record,
            Map<String, SeatGroup> seats,
            Map<Long, Long> filled,
            Set<String> emailsSeen,
            Known known,
            LocalDate today) {
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

    /**
     * Saves the rows the preview found valid, one seat at a time through the same rules as
     * filling a seat by hand; a row that became invalid since the preview is skipped and
     * counted. Returns how many were saved.
     */
    @Transactional(propagation = Propagation.NEVER)
    @PreAuthorize("@committeeAccess.canManage(#preview.bodyId())")
    public ImportResult apply(ImportPreview preview, IntConsumer rowsDone) {
        int saved = 0;
        int skipped = 0;
        int done = 0;
        for (ImportRow row : preview.rows()) {
            if (row.importable()) {
                PersonData newPerson = row.personId() != null
                        ? null
                        : new PersonData(
                                row.name(),
                                row.email(),
                                blank(row.phone()),
                                row.language(),
                                null,
                                blank(row.affiliation()),
                                row.publicConsent(),
                                null);
                try {
                    roster.fillSeat(
                            preview.bodyId(),
                            new SeatAssignment(
                                    row.seatGroupId(),
                                    row.personId(),
                                    newPerson,
                                    row.position(),
                                    row.termStart(),
                                    row.termEnd()));
                    saved++;
                } catch (RuleViolationException | ConstraintViolationException e) {
                    skipped++;
                }
            }
            rowsDone.accept(++done);
        }
        return new ImportResult(saved, skipped);
    }

    public record ImportResult(int saved, int skipped) {}

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

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column)
                ? record.get(column).strip()
                : "";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Problem problem(String column, String key, Object... args) {
        return new Problem(column, key, Arrays.stream(args).map(String::valueOf).toList());
    }
}
