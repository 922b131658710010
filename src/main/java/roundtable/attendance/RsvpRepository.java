package roundtable.attendance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RsvpRepository extends JpaRepository<Rsvp, Long> {

    Optional<Rsvp> findByMeetingIdAndPersonId(long meetingId, long personId);

    List<Rsvp> findByPersonId(long personId);

    /** With their requests in the same query: the chair's counts and the change notices read them all. */
    @EntityGraph(attributePaths = "requests")
    List<Rsvp> findByMeetingId(long meetingId);

    Optional<Rsvp> findByMeetingIdAndGuestEmailKey(long meetingId, String guestEmailKey);

    @Query(
            "select count(r) from Rsvp r where r.meetingId = :meetingId and r.state = roundtable.attendance.RsvpState.CONFIRMED"
                    + " and r.response in (roundtable.attendance.Response.IN_PERSON, roundtable.attendance.Response.ONLINE)")
    long countHoldingPlaces(long meetingId);

    @Query("select coalesce(max(r.waitlistOrder), 0) from Rsvp r where r.meetingId = :meetingId")
    long lastWaitlistOrder(long meetingId);

    @Query(
            "select r from Rsvp r where r.meetingId = :meetingId and r.state = roundtable.attendance.RsvpState.WAITLISTED"
                    + " order by r.waitlistOrder")
    List<Rsvp> waitlist(long meetingId);
}
