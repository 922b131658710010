package roundtable.meetings;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import roundtable.people.PersonAnonymised;

/** Someone erased leaves no working calendar link behind: their closed meetings stop flowing out. */
@Component
class FeedLinksOfAnonymisedPeople {

    private final MeetingCalendarService calendar;

    FeedLinksOfAnonymisedPeople(MeetingCalendarService calendar) {
        this.calendar = calendar;
    }

    @ApplicationModuleListener
    void on(PersonAnonymised event) {
        calendar.revokeAll(event.personId());
    }
}
