package roundtable.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.people.PublicName;

/**
 * What a minutes record says around its content when it is rendered: the body, the meeting's
 * time and place, when it was approved, and who may not be named in public.
 */
@Component
class RecordFacts {

    /** The body's language of record: the original minutes, and the agenda item added on submit, are written in it. */
    static final Locale ORIGINAL = Locale.ENGLISH;

    private final MinutesJson json;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final PersonService people;
    private final Clock clock;

    RecordFacts(
            MinutesJson json, MeetingService meetings, CommitteeService committees, PersonService people, Clock clock) {
        this.json = json;
        this.meetings = meetings;
        this.committees = committees;
        this.people = people;
        this.clock = clock;
    }

    MinutesContent content(MinutesDocument doc) {
        return json.read(doc.getContentJson());
    }

    MinutesContent content(String stored) {
        return json.read(stored);
    }

    /**
     * Members who have not agreed to be named in public (or whose record was anonymised), as of
     * publication: a published version never changes, so a later consent shows in the next one.
     */
    Set<Long> unnamed(MinutesContent content) {
        List<Long> ids = content.attendance().stream()
                .map(MinutesContent.Attendance::personId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, PublicName> names = people.publicNames(ids);
        return ids.stream()
                .filter(id -> names.get(id) == null || names.get(id).fullName() == null)
                .collect(Collectors.toSet());
    }

    MinutesFacts facts(MinutesDocument doc, Set<Long> unnamed) {
        Optional<MeetingSummary> meeting = meetings.find(doc.getMeetingId());
        String bodyName = committees.find(doc.getBodyId()).map(b -> b.name()).orElse("");
        String place = meeting.map(m -> Stream.of(m.location(), m.room())
                        .filter(s -> s != null && !s.isBlank())
                        .collect(Collectors.joining(", ")))
                .orElse(null);
        LocalDate approvedOn = doc.getApprovedAt() == null
                ? null
                : LocalDate.ofInstant(
                        doc.getApprovedAt(), meeting.map(MeetingSummary::zone).orElse(clock.getZone()));
        LocalDate approvedAtMeetingOn = doc.getApprovedAtMeetingId() == null
                ? null
                : meetings.find(doc.getApprovedAtMeetingId())
                        .map(m -> m.startsAtLocal().toLocalDate())
                        .orElse(null);
        return new MinutesFacts(
                bodyName,
                doc.getTitle(),
                meeting.map(MeetingSummary::startsAtLocal).orElse(null),
                meeting.map(MeetingSummary::zone).orElse(null),
                place,
                doc.getQuorumNeeded(),
                approvedOn,
                approvedAtMeetingOn,
                unnamed);
    }
}
