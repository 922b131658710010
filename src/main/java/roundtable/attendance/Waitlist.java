package roundtable.attendance;

import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.meetings.MeetingSummary;

/**
 * Places in order, when a meeting has a capacity: an answer takes a free place or goes to the end
 * of the waitlist, and a freed place goes to the first waiting. Every change holds the meeting's
 * capacity row locked, so two answers at once cannot both take the last place.
 */
@Component
class Waitlist {

    private final RsvpRepository rsvps;
    private final MeetingCapacityRepository capacities;
    private final AttendeeNotices notices;
    private final Clock clock;
    private final TransactionTemplate separately;

    Waitlist(
            RsvpRepository rsvps,
            MeetingCapacityRepository capacities,
            AttendeeNotices notices,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.rsvps = rsvps;
        this.capacities = capacities;
        this.notices = notices;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Locks the meeting's capacity row, creating it first if this is the meeting's first RSVP. The row
     * is created in its own transaction so that two first RSVPs at once both find it afterwards.
     */
    MeetingCapacity lockCapacity(long meetingId) {
        Optional<MeetingCapacity> row = capacities.lock(meetingId);
        if (row.isPresent()) {
            return row.get();
        }
        try {
            separately.executeWithoutResult(status -> capacities.insertRow(meetingId));
        } catch (DataIntegrityViolationException someoneElseCreatedIt) {
            // Then it exists, which is all that was wanted.
        }
        return capacities.lock(meetingId).orElseThrow();
    }

    /** Places the answer: a place if one is free, otherwise the end of the waitlist; no place needed, no wait. */
    void place(Rsvp rsvp, MeetingCapacity capacity, long heldByOthers, boolean hadPlace, boolean wasWaiting) {
        if (!rsvp.getResponse().takesPlace() || hadPlace) {
            rsvp.confirm(clock.instant());
        } else if (wasWaiting) {
            return;
        } else if (capacity.getCapacity() == null || heldByOthers < capacity.getCapacity()) {
            rsvp.confirm(clock.instant());
        } else {
            rsvp.waitlist(rsvps.lastWaitlistOrder(rsvp.getMeetingId()) + 1, clock.instant());
        }
    }

    /** Gives free places to those waiting, first come first served; each hears they have one. */
    void promote(MeetingSummary meeting, MeetingCapacity capacity) {
        long holding = rsvps.countHoldingPlaces(meeting.id());
        for (Rsvp next : rsvps.waitlist(meeting.id())) {
            if (capacity.getCapacity() != null && holding >= capacity.getCapacity()) {
                return;
            }
            next.confirm(clock.instant());
            rsvps.saveAndFlush(next);
            holding++;
            notices.promoted(next, meeting);
        }
    }
}
