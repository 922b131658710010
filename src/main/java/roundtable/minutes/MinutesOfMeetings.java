package roundtable.minutes;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import roundtable.meetings.MeetingMinutes;

/** Lets the meeting page link to its minutes once they are published. */
@Component
@Transactional(readOnly = true)
class MinutesOfMeetings implements MeetingMinutes {

    private final MinutesRepository minutes;

    MinutesOfMeetings(MinutesRepository minutes) {
        this.minutes = minutes;
    }

    @Override
    public Optional<String> publishedMinutesPath(long meetingId) {
        return minutes.publishedOfMeeting(meetingId).stream().findFirst().map(m -> "minutes/" + m.getId());
    }
}
