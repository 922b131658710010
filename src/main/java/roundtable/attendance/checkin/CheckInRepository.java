package roundtable.attendance.checkin;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByMeetingId(long meetingId);

    Optional<CheckIn> findByMeetingIdAndPersonId(long meetingId, long personId);

    Optional<CheckIn> findByMeetingIdAndRsvpId(long meetingId, long rsvpId);

    List<CheckIn> findByPersonIdOrderByCheckedInAt(long personId);

    /**
     * Removes the check-in only as it was read: 0 when someone else changed or removed it first. A
     * statement rather than an entity delete, so a lost race is an answer, not a spoilt transaction.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from CheckIn c where c.id = :id and c.version = :version")
    int deleteAsRead(long id, long version);
}
