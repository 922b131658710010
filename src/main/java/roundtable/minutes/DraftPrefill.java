package roundtable.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import roundtable.attendance.checkin.AttendanceMode;
import roundtable.attendance.checkin.CheckInSheets;
import roundtable.attendance.checkin.MeetingAttendance;
import roundtable.committees.CommitteeService;
import roundtable.committees.VotingComposition;
import roundtable.meetings.AgendaService;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * A new draft starts from what is already known: the agenda's items, and the roster with who
 * checked in at the door (present, or present online); without check-ins everyone on the roster
 * starts absent for the secretary to mark. People checked in who hold no seat are guests.
 */
@Component
class DraftPrefill {

    private final AgendaService agenda;
    private final CheckInSheets checkIns;
    private final CommitteeService committees;
    private final PersonService people;

    DraftPrefill(AgendaService agenda, CheckInSheets checkIns, CommitteeService committees, PersonService people) {
        this.agenda = agenda;
        this.checkIns = checkIns;
        this.committees = committees;
        this.people = people;
    }

    record Start(MinutesContent content, int quorumNeeded) {}

    /** The roster is the one of the meeting's day: minutes written weeks later list who sat then. */
    Start startFor(long meetingId, long bodyId, LocalDate meetingDay) {
        VotingComposition composition = committees.votingComposition(bodyId, meetingDay);
        MeetingAttendance checkedIn = checkIns.attendanceOf(meetingId);
        Map<Long, MeetingAttendance.Present> byPerson = new LinkedHashMap<>();
        checkedIn.present().stream().filter(p -> p.personId() != null).forEach(p -> byPerson.put(p.personId(), p));

        Map<Long, VotingComposition.Seat> seats = new LinkedHashMap<>();
        for (VotingComposition.Seat seat : composition.seats()) {
            // Someone holding two seats is listed once, as a voter if either seat votes.
            seats.merge(seat.personId(), seat, (a, b) -> a.voting() ? a : b);
        }
        Map<Long, PersonSummary> names = people.contacts(seats.keySet());
        List<Attendance> attendance = new ArrayList<>();
        for (VotingComposition.Seat seat : seats.values()) {
            PersonSummary person = names.get(seat.personId());
            String name = person == null || person.anonymised() ? null : person.fullName();
            MeetingAttendance.Present present = byPerson.get(seat.personId());
            attendance.add(
                    new Attendance(seat.personId(), name, seat.constituency(), seat.voting(), presence(present)));
        }
        for (MeetingAttendance.Present p : checkedIn.present()) {
            if (p.personId() == null || !seats.containsKey(p.personId())) {
                attendance.add(new Attendance(p.personId(), p.name(), null, false, Presence.GUEST));
            }
        }
        List<Item> items = agenda.agendaOf(meetingId).stream()
                .map(a -> new Item(a.id(), a.title(), null, List.of(), List.of()))
                .toList();
        return new Start(new MinutesContent(attendance, items, null), composition.quorumNeeded());
    }

    private static Presence presence(MeetingAttendance.Present present) {
        if (present == null) {
            return Presence.ABSENT;
        }
        return present.mode() == AttendanceMode.ONLINE ? Presence.PRESENT_ONLINE : Presence.PRESENT;
    }
}
