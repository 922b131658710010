package roundtable.attendance;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import roundtable.people.PersonAnonymised;
import roundtable.people.PersonalDataContributor;

/**
 * A person's RSVPs and requests: in their personal-data export, and stripped of the free text about
 * them (details, children's ages) when their data is erased, keeping only what counts for reporting.
 */
@Component
@Transactional(readOnly = true)
class RsvpsInPersonalData implements PersonalDataContributor {

    record Request(
            RequestKind kind,
            String language,
            InterpretationMode mode,
            AccommodationType accommodation,
            String details,
            Integer children,
            String childrenAges,
            RequestStatus status,
            boolean late) {}

    record Answer(long meetingId, Response response, RsvpState state, List<Request> requests) {}

    private final RsvpRepository rsvps;

    RsvpsInPersonalData(RsvpRepository rsvps) {
        this.rsvps = rsvps;
    }

    @Override
    public String section() {
        return "rsvps";
    }

    @Override
    public List<Answer> personalDataOf(long personId) {
        return rsvps.findByPersonId(personId).stream()
                .map(r -> new Answer(
                        r.getMeetingId(),
                        r.getResponse(),
                        r.getState(),
                        r.getRequests().stream()
                                .map(q -> new Request(
                                        q.getKind(),
                                        q.getLanguageTag(),
                                        q.getInterpretationMode(),
                                        q.getAccommodationType(),
                                        q.getDetails(),
                                        q.getChildrenCount(),
                                        q.getChildrenAges(),
                                        q.getStatus(),
                                        q.isLate()))
                                .toList()))
                .toList();
    }

    @ApplicationModuleListener
    void personAnonymised(PersonAnonymised event) {
        rsvps.findByPersonId(event.personId()).forEach(r -> r.getRequests().forEach(AccessRequest::forgetParticulars));
    }
}
