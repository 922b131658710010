package roundtable.attendance;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface MeetingCapacityRepository extends JpaRepository<MeetingCapacity, Long> {

    /** Held until the transaction ends; whoever comes second counts the places after the first has taken one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "10000"))
    @Query("select c from MeetingCapacity c where c.meetingId = :meetingId")
    Optional<MeetingCapacity> lock(long meetingId);

    @Modifying
    @Query(value = "insert into meeting_capacity (meeting_id, version) values (:meetingId, 0)", nativeQuery = true)
    void insertRow(long meetingId);
}
