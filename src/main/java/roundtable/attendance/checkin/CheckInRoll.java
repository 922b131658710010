package roundtable.attendance.checkin;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import roundtable.attendance.RsvpRoll;
import roundtable.attendance.RsvpState;
import roundtable.committees.CommitteeService;
import roundtable.committees.VotingComposition;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * The sheet behind check-in: members from the roster on the meeting's day, people and guests from
 * the RSVPs, walk-ins from the check-ins, with the headcount; and when check-in is open.
 */
@Component
class CheckInRoll {

    /** Time to set up at the door before the first people arrive. */
    static final Duration OPENS_BEFORE_START = Duration.ofHours(2);
    /** Time to catch up afterwards, from a paper sign-in sheet or the online meeting's list. */
    static final Duration STAYS_OPEN_AFTER_END = Duration.ofDays(7);

    private final CheckInRepository checkIns;
    private final RsvpRoll rsvps;
    private final CommitteeService committees;
    private final PersonService people;
    private final Clock clock;

    CheckInRoll(
            CheckInRepository checkIns,
            RsvpRoll rsvps,
            CommitteeService committees,
            PersonService people,
            Clock clock) {
        this.checkIns = checkIns;
        this.rsvps = rsvps;
        this.committees = committees;
        this.people = people;
        this.clock = clock;
    }

    /** One line of the sheet with the check-in behind it (null until checked in). */
    record Line(CheckInSheet.Entry entry, CheckIn checkIn) {}

    record Roll(List<Line> lines, Headcount headcount) {}

    ZonedDateTime opensAt(MeetingSummary meeting) {
        return meeting.startsAt().minus(OPENS_BEFORE_START);
    }

    ZonedDateTime closesAt(MeetingSummary meeting) {
        return meeting.endsAt().plus(STAYS_OPEN_AFTER_END);
    }

    CheckInSheet.Window window(MeetingSummary meeting) {
        if (meeting.status() != MeetingStatus.SCHEDULED && meeting.status() != MeetingStatus.HELD) {
            return CheckInSheet.Window.NOT_HELD;
        }
        if (clock.instant().isBefore(opensAt(meeting).toInstant())) {
            return CheckInSheet.Window.NOT_YET;
        }
        return clock.instant().isAfter(closesAt(meeting).toInstant())
                ? CheckInSheet.Window.CLOSED
                : CheckInSheet.Window.OPEN;
    }

    /**
     * The sheet: members from the roster on the meeting's day, people and guests from the RSVPs, walk-ins from the
     * check-ins, and anyone checked in who has since left those lists, sorted by name.
     */
    Roll roll(MeetingSummary meeting) {
        VotingComposition composition = committees.votingComposition(
                meeting.bodyId(), meeting.startsAtLocal().toLocalDate());
        Map<Long, Boolean> votingByMember = new LinkedHashMap<>();
        composition.seats().forEach(s -> votingByMember.merge(s.personId(), s.voting(), Boolean::logicalOr));
        List<RsvpRoll.Answer> answers = rsvps.answersTo(meeting.id());
        List<CheckIn> present = checkIns.findByMeetingId(meeting.id());
        Map<Long, CheckIn> byPerson = present.stream()
                .filter(c -> c.getPersonId() != null)
                .collect(Collectors.toMap(CheckIn::getPersonId, Function.identity()));
        Map<Long, CheckIn> byRsvp = present.stream()
                .filter(c -> c.getRsvpId() != null)
                .collect(Collectors.toMap(CheckIn::getRsvpId, Function.identity()));
        Map<Long, RsvpRoll.Answer> personRsvps = answers.stream()
                .filter(r -> !r.guest() && r.state() != RsvpState.CANCELLED)
                .collect(Collectors.toMap(RsvpRoll.Answer::personId, Function.identity()));

        Set<Long> personIds = new LinkedHashSet<>(votingByMember.keySet());
        personIds.addAll(personRsvps.keySet());
        personIds.addAll(byPerson.keySet());
        Map<Long, PersonSummary> names = people.contacts(personIds);
        List<Line> lines = new ArrayList<>();
        for (long id : personIds) {
            PersonSummary person = names.get(id);
            boolean member = votingByMember.containsKey(id);
            lines.add(line(
                    Attendee.person(id),
                    person == null || person.anonymised() ? null : person.fullName(),
                    member ? AttendeeKind.MEMBER : AttendeeKind.ATTENDEE,
                    member && votingByMember.get(id),
                    personRsvps.get(id),
                    byPerson.get(id)));
        }
        for (RsvpRoll.Answer rsvp : answers) {
            if (rsvp.guest() && (rsvp.expectedGuest() || byRsvp.containsKey(rsvp.rsvpId()))) {
                lines.add(line(
                        Attendee.guest(rsvp.rsvpId()),
                        rsvp.guestName(),
                        AttendeeKind.GUEST,
                        false,
                        rsvp,
                        byRsvp.get(rsvp.rsvpId())));
            }
        }
        for (CheckIn walkIn : present) {
            if (walkIn.getWalkInName() != null) {
                lines.add(line(
                        Attendee.walkIn(walkIn.getId()),
                        walkIn.getWalkInName(),
                        AttendeeKind.WALK_IN,
                        false,
                        null,
                        walkIn));
            }
        }
        Collator collator = Collator.getInstance(Locale.ROOT);
        lines.sort(Comparator.comparing((Line l) -> l.entry().name(), Comparator.nullsLast(collator)));
        return new Roll(lines, headcount(lines, votingByMember, composition));
    }

    private static Line line(
            Attendee who, String name, AttendeeKind kind, boolean voting, RsvpRoll.Answer rsvp, CheckIn checkIn) {
        return new Line(
                new CheckInSheet.Entry(
                        who,
                        name,
                        kind,
                        voting,
                        rsvp == null ? null : rsvp.response(),
                        rsvp == null ? null : rsvp.state(),
                        checkIn == null ? null : checkIn.getMode(),
                        checkIn == null ? null : checkIn.getVersion()),
                checkIn);
    }

    /**
     * The quorum follows the body's own rule as {@link VotingComposition} states it: the fixed number an
     * administrator set on the body when there is one, otherwise a majority of the voting seats filled.
     * Seats are today's: check-in and the minutes' draft come within days of the meeting, and a term that
     * ended in between would at worst move the figure by one seat.
     */
    private static Headcount headcount(
            List<Line> lines, Map<Long, Boolean> votingByMember, VotingComposition composition) {
        List<CheckInSheet.Entry> in = lines.stream()
                .map(Line::entry)
                .filter(CheckInSheet.Entry::checkedIn)
                .toList();
        int inPerson = (int)
                in.stream().filter(e -> e.mode() == AttendanceMode.IN_PERSON).count();
        int votingPresent =
                (int) in.stream().filter(CheckInSheet.Entry::votingMember).count();
        int votingSeats = (int)
                votingByMember.values().stream().filter(Boolean::booleanValue).count();
        return new Headcount(
                in.size(),
                inPerson,
                in.size() - inPerson,
                new Quorum(votingPresent, votingSeats, composition.quorumNeeded()));
    }
}
