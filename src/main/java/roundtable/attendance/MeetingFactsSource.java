package roundtable.attendance;

import org.springframework.stereotype.Component;
import roundtable.base.RoundtableProperties;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingSummary;

/** The {@link MeetingFacts} every attendance email names, from a meeting and its body. */
@Component
class MeetingFactsSource {

    private final CommitteeService committees;
    private final RoundtableProperties properties;

    MeetingFactsSource(CommitteeService committees, RoundtableProperties properties) {
        this.committees = committees;
        this.properties = properties;
    }

    MeetingFacts of(MeetingSummary m) {
        String body = committees.find(m.bodyId()).map(b -> b.name()).orElse("");
        boolean online = m.format() != MeetingFormat.IN_PERSON;
        return new MeetingFacts(
                m.id(),
                body,
                m.title(),
                m.startsAtLocal(),
                m.zone().getId(),
                m.durationMinutes(),
                m.format(),
                m.location(),
                m.room(),
                properties.link("/meetings/" + m.id()),
                online ? m.onlineUrl() : null,
                online ? m.dialIn() : null,
                m.languagesOffered());
    }
}
