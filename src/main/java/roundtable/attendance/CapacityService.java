package roundtable.attendance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RuleViolationException;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * What the body's chair and secretary plan a meeting with: its places (a capacity, with a waitlist
 * beyond it) and the counts of who is coming and what they asked for. The details of each request
 * stay with the language services coordinator.
 */
@Service
@Transactional(readOnly = true)
public class CapacityService {

    private final RsvpRepository rsvps;
    private final MeetingCapacityRepository capacities;
    private final MeetingService meetings;
    private final Waitlist waitlist;

    CapacityService(
            RsvpRepository rsvps, MeetingCapacityRepository capacities, MeetingService meetings, Waitlist waitlist) {
        this.rsvps = rsvps;
        this.capacities = capacities;
        this.meetings = meetings;
        this.waitlist = waitlist;
    }

    /** The meeting's places: the capacity (null for none), how many hold one and how many wait. */
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public Places places(long meetingId) {
        Optional<MeetingCapacity> row = capacities.findById(meetingId);
        return new Places(
                row.map(MeetingCapacity::getCapacity).orElse(null),
                row.map(MeetingCapacity::getVersion).orElse(0L),
                rsvps.countHoldingPlaces(meetingId),
                rsvps.waitlist(meetingId).size());
    }

    /** Counts of answers and of what was asked for; never who asked. */
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public AttendanceOverview overview(long meetingId) {
        Map<Response, Long> answers = new EnumMap<>(Response.class);
        Map<String, Map<RequestStatus, Long>> interpretation = new TreeMap<>();
        Map<String, Long> translation = new TreeMap<>();
        Map<AccommodationType, Long> accommodations = new EnumMap<>(AccommodationType.class);
        long waiting = 0;
        long awaiting = 0;
        long children = 0;
        long loaners = 0;
        long late = 0;
        for (Rsvp rsvp : rsvps.findByMeetingId(meetingId)) {
            switch (rsvp.getState()) {
                case CONFIRMED -> answers.merge(rsvp.getResponse(), 1L, Long::sum);
                case WAITLISTED -> waiting++;
                case AWAITING_EMAIL_CONFIRMATION -> awaiting++;
                case CANCELLED -> {
                    continue;
                }
            }
            for (AccessRequest r : rsvp.getRequests()) {
                if (r.getStatus() == RequestStatus.CLOSED) {
                    continue;
                }
                late += r.isLate() ? 1 : 0;
                switch (r.getKind()) {
                    case INTERPRETATION ->
                        interpretation
                                .computeIfAbsent(r.getLanguageTag(), t -> new EnumMap<>(RequestStatus.class))
                                .merge(r.getStatus(), 1L, Long::sum);
                    case TRANSLATION -> translation.merge(r.getLanguageTag(), 1L, Long::sum);
                    case ACCOMMODATION -> accommodations.merge(r.getAccommodationType(), 1L, Long::sum);
                    case CHILDCARE -> children += r.getChildrenCount() == null ? 0 : r.getChildrenCount();
                    case LOANER -> loaners++;
                }
            }
        }
        return new AttendanceOverview(
                answers, waiting, awaiting, interpretation, translation, accommodations, children, loaners, late);
    }

    /**
     * Limits (or, with null, unlimits) the places. Lowering it takes no place from anyone who has
     * one; raising it gives places to those waiting, in order.
     */
    @Transactional
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public void setCapacity(long meetingId, Integer capacity) {
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow();
        if (capacity != null && capacity < 1) {
            throw new RuleViolationException("capacity", "rsvp.error.capacity");
        }
        MeetingCapacity row = waitlist.lockCapacity(meetingId);
        row.setCapacity(capacity);
        capacities.flush();
        waitlist.promote(meeting, row);
    }
}
