package roundtable.committees;

import static roundtable.base.SpreadsheetCells.safe;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A body's roster written as a spreadsheet (CSV) in {@link RosterCsv#COLUMNS}, for the chair's own records. */
@Service
@Transactional(readOnly = true)
public class RosterExport {

    private static final CSVFormat WRITE = CSVFormat.DEFAULT
            .builder()
            .setHeader(RosterCsv.COLUMNS.toArray(String[]::new))
            .get();

    private final RosterService roster;

    RosterExport(RosterService roster) {
        this.roster = roster;
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
}
