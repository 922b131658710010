package roundtable.meetings;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature adds to a meeting's page (RSVP, for one). Features that build on
 * meetings provide it as a bean and the page shows it, without meetings depending on them.
 */
public interface MeetingPageSection {

    /** The section for this meeting and this reader, or nothing when it has nothing to offer them. */
    Optional<Component> sectionFor(MeetingSummary meeting);
}
