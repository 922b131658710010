package roundtable.languageservices;

import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.attendance.RequestKind;
import roundtable.attendance.RequestStatus;
import roundtable.attendance.requests.AccessRequests;
import roundtable.attendance.requests.DemandCount;
import roundtable.base.RoundtableProperties;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.security.Coordinators;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingTime;

/**
 * How many people asked for an interpreter, in which language and for which month, and how many of
 * those were arranged: for the district to plan staffing. Counts only, never who asked. Two grouped
 * queries whatever the number of meetings: the meetings of the months, then their requests' counts.
 */
@Service
@Transactional(readOnly = true)
public class LanguageDemandService {

    /** Three years on one page is already more than a table can be read by. */
    public static final int MAX_MONTHS = 36;
    /** Meeting ids per query, well under what any database accepts in one IN list. */
    static final int IDS_PER_QUERY = 1_000;
    /** Nothing is written in sign language, so it is never a translation's language. */
    private static final String ASL = "ase";

    private final AccessRequests requests;
    private final MeetingService meetings;
    private final Clock clock;
    private final RoundtableProperties properties;
    private final MessageSource messages;

    LanguageDemandService(
            AccessRequests requests,
            MeetingService meetings,
            Clock clock,
            RoundtableProperties properties,
            MessageSource messages) {
        this.messages = messages;
        this.requests = requests;
        this.meetings = meetings;
        this.clock = clock;
        this.properties = properties;
    }

    /** This month in the district's zone: what divides the past months from the coming ones. */
    @Coordinators
    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(properties.defaultTimeZone()));
    }

    /** Demand from the first month to the last, both included. */
    @Coordinators
    public LanguageDemand demand(YearMonth from, YearMonth to) {
        List<YearMonth> months = months(from, to);
        Map<Long, YearMonth> monthOf = new HashMap<>();
        for (MeetingTime meeting :
                meetings.timesBetween(from.atDay(1), to.plusMonths(1).atDay(1))) {
            // A cancelled meeting is not counted at all: nobody needed an interpreter there, and its
            // people ask again for the meeting that replaces it, so counting both would count one need
            // twice. (Its requests were closed when it was called off; this also keeps the query short.)
            if (meeting.status() != MeetingStatus.CANCELLED) {
                monthOf.put(meeting.id(), meeting.month());
            }
        }
        Tallies interpretation = new Tallies();
        Tallies translation = new Tallies();
        List<Long> ids = new ArrayList<>(monthOf.keySet());
        for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
            for (DemandCount row : requests.demand(
                    ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY)),
                    EnumSet.of(RequestKind.INTERPRETATION, RequestKind.TRANSLATION))) {
                YearMonth month = monthOf.get(row.meetingId());
                (row.kind() == RequestKind.INTERPRETATION ? interpretation : translation).add(month, row);
            }
        }
        List<String> languages = languages(LanguageNames.OFFERED, interpretation.byLanguage.keySet());
        List<String> translated = languages(
                LanguageNames.OFFERED.stream().filter(t -> !ASL.equals(t)).toList(), translation.byLanguage.keySet());
        Map<YearMonth, Map<String, LanguageDemand.Count>> cells = new HashMap<>();
        interpretation.cells.forEach((month, byLanguage) -> cells.put(month, counts(byLanguage)));
        return new LanguageDemand(
                months,
                thisMonth(),
                languages,
                Map.copyOf(cells),
                counts(interpretation.byMonth),
                counts(interpretation.byLanguage),
                interpretation.total.count(),
                translated,
                counts(translation.byLanguage),
                translation.total.count());
    }

    /** The table as a spreadsheet: one row per month and language, then each month's total over all languages. */
    @Coordinators
    public String csv(YearMonth from, YearMonth to, Locale reader) {
        return LanguageDemandCsv.write(
                demand(from, to),
                reader,
                messages.getMessage(
                        "demand.all-languages", null, Language.of(reader).locale()));
    }

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new RuleViolationException(from == null ? "from" : "to", "demand.error.month-required");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("to", "demand.error.order");
        }
        long count = ChronoUnit.MONTHS.between(from, to) + 1;
        if (count > MAX_MONTHS) {
            throw new RuleViolationException("to", "demand.error.too-long", MAX_MONTHS);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return List.copyOf(months);
    }

    /** The offered languages in the district's order; a language no longer offered stays while old requests name it. */
    private static List<String> languages(List<String> offered, Set<String> found) {
        List<String> all = new ArrayList<>(offered);
        new TreeSet<>(found)
                .stream().filter(t -> t != null && !offered.contains(t)).forEach(all::add);
        return List.copyOf(all);
    }

    private static <K> Map<K, LanguageDemand.Count> counts(Map<K, Tally> tallies) {
        Map<K, LanguageDemand.Count> counts = new HashMap<>();
        tallies.forEach((key, tally) -> counts.put(key, tally.count()));
        return Map.copyOf(counts);
    }

    /** One kind's counts by month and language, with the totals each way. */
    private static final class Tallies {
        final Map<YearMonth, Map<String, Tally>> cells = new HashMap<>();
        final Map<YearMonth, Tally> byMonth = new HashMap<>();
        final Map<String, Tally> byLanguage = new HashMap<>();
        final Tally total = new Tally();

        void add(YearMonth month, DemandCount row) {
            Function<Object, Tally> fresh = k -> new Tally();
            cells.computeIfAbsent(month, k -> new HashMap<>())
                    .computeIfAbsent(row.language(), fresh)
                    .add(row);
            byMonth.computeIfAbsent(month, fresh).add(row);
            byLanguage.computeIfAbsent(row.language(), fresh).add(row);
            total.add(row);
        }
    }

    /** Meetings are kept by id, so a meeting needing two languages counts once in a month's total. */
    private static final class Tally {
        long requests;
        long confirmed;
        long unable;
        final Set<Long> meetings = new HashSet<>();

        void add(DemandCount row) {
            requests += row.people();
            confirmed += row.status() == RequestStatus.CONFIRMED ? row.people() : 0;
            unable += row.status() == RequestStatus.UNABLE ? row.people() : 0;
            meetings.add(row.meetingId());
        }

        LanguageDemand.Count count() {
            return new LanguageDemand.Count(requests, meetings.size(), confirmed, unable);
        }
    }
}
