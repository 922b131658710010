package roundtable.committees;

import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RoundtableProperties;
import roundtable.base.RuleViolationException;
import roundtable.people.PersonData;
import roundtable.people.PersonLimits;
import roundtable.people.PersonService;

/**
 * Fills a body's seats from the district's spreadsheets (CSV in {@link RosterCsv#COLUMNS}).
 * Import first previews every row with its problems; confirming saves only the valid rows;
 * importing the same file again changes nothing, because people are matched by email and
 * existing seats are recognised.
 */
@Service
@Transactional(readOnly = true)
public class RosterImport {

    public static final int MAX_ROWS = 5_000;

    private static final CSVFormat READ = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final RosterService roster;
    private final SeatGroupRepository seatGroups;
    private final MembershipRepository memberships;
    private final PersonService people;
    private final Clock clock;
    private final RoundtableProperties properties;

    RosterImport(
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
        var known = new ImportRowReader.Known(
                people.idsOf(records.stream()
                        .map(r -> PersonLimits.normaliseEmail(ImportRowReader.value(r, "email")))
                        .filter(e -> !e.isEmpty())
                        .collect(Collectors.toSet())),
                memberships.findByBodyId(bodyId).stream().collect(Collectors.groupingBy(Membership::getPersonId)));
        var reader = new ImportRowReader(seats, filled, known, today);
        List<ImportRow> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            rows.add(reader.read(record));
            if (rows.size() % 100 == 0) {
                rowsRead.accept(rows.size());
            }
        }
        rowsRead.accept(rows.size());
        return new ImportPreview(bodyId, List.copyOf(rows));
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

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
