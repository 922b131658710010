package roundtable.meetings;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @Query("select i from AgendaItem i where i.meetingId = :meetingId order by i.position, i.id")
    List<AgendaItem> agendaOf(long meetingId);

    /**
     * Locks the meeting's row while its agenda's order changes, so two people adding or
     * moving items at once take turns instead of giving two items the same place.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = :meetingId")
    Optional<Meeting> lockMeeting(long meetingId);
}
