package roundtable.attendance;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessRequestRepository extends JpaRepository<AccessRequest, Long> {

    @Modifying
    @Query("update AccessRequest r set r.details = null, r.childrenAges = null, r.unableReason = null"
            + " where r.forgetAfter < :now"
            + " and (r.details is not null or r.childrenAges is not null or r.unableReason is not null)")
    int forgetParticularsBefore(Instant now);

    /**
     * Meetings with requests the coordinator still follows, from people who count (confirmed or
     * waiting; not guests who never confirmed). Only those still waiting for an answer when
     * {@code settledToo} is false.
     */
    @Query("""
            select distinct r.meetingId from AccessRequest r
            where r.forgetAfter > :now and r.rsvp.state in (roundtable.attendance.RsvpState.CONFIRMED,
                                                            roundtable.attendance.RsvpState.WAITLISTED)
              and (r.status in (roundtable.attendance.RequestStatus.OPEN, roundtable.attendance.RequestStatus.ASSIGNED)
                   or (:settledToo = true and r.status in (roundtable.attendance.RequestStatus.CONFIRMED,
                                                           roundtable.attendance.RequestStatus.UNABLE)))
            """)
    List<Long> meetingsWithRequests(Instant now, boolean settledToo);

    /** Those meetings' requests with their RSVPs, oldest first. */
    @Query("""
            select r from AccessRequest r join fetch r.rsvp v
            where r.meetingId in :meetingIds and r.status <> roundtable.attendance.RequestStatus.CLOSED
              and v.state in (roundtable.attendance.RsvpState.CONFIRMED, roundtable.attendance.RsvpState.WAITLISTED)
            order by r.requestedAt, r.id
            """)
    List<AccessRequest> followedIn(Collection<Long> meetingIds);

    /** Who is booked at a meeting, with what: requests being arranged or confirmed, by interpreter. */
    default Map<Long, List<AccessRequest>> bookedAt(long meetingId) {
        return followedIn(List.of(meetingId)).stream()
                .filter(r -> r.getStatus() == RequestStatus.ASSIGNED || r.getStatus() == RequestStatus.CONFIRMED)
                .filter(r -> r.getInterpreterId() != null)
                .collect(Collectors.groupingBy(AccessRequest::getInterpreterId));
    }

    @Query("select r from AccessRequest r join fetch r.rsvp where r.id in :ids order by r.id")
    List<AccessRequest> withRsvps(Collection<Long> ids);
}
