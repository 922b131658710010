package roundtable.minutes;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.security.access.AccessDeniedException;

/**
 * Minutes are public once a version is published ({@code currentNumber > 0}), even while an
 * amendment is drafted; a closed meeting's minutes never are.
 */
interface MinutesRepository extends JpaRepository<MinutesDocument, Long> {

    @Query(
            "select m from MinutesDocument m where m.currentNumber > 0 and m.publicRecord = true order by m.meetingDate desc, m.id desc")
    List<MinutesDocument> published(Pageable page);

    @Query("select distinct m.bodyId from MinutesDocument m where m.currentNumber > 0 and m.publicRecord = true")
    List<Long> bodiesWithPublished();

    /** Submitted minutes of a body still waiting for a meeting whose agenda can carry their approval. */
    @Query(
            "select m from MinutesDocument m where m.bodyId = :bodyId and m.status = roundtable.minutes.MinutesStatus.SUBMITTED and m.approvalMeetingId is null order by m.meetingDate")
    List<MinutesDocument> awaitingApprovalMeeting(long bodyId);

    @Query("""
            select m from MinutesDocument m where m.bodyId = :bodyId and m.currentNumber > 0 and m.publicRecord = true
            order by m.meetingDate desc, m.id desc
            """)
    List<MinutesDocument> publishedOf(long bodyId, Pageable page);

    @Query("select count(m) from MinutesDocument m where m.currentNumber > 0 and m.publicRecord = true")
    long countPublished();

    @Query(
            "select m from MinutesDocument m where m.meetingId = :meetingId and m.currentNumber > 0 and m.publicRecord = true")
    List<MinutesDocument> publishedOfMeeting(long meetingId);

    @Query(
            "select m from MinutesDocument m where m.currentNumber > 0 and m.publicRecord = true order by m.meetingDate desc, m.id desc")
    List<MinutesDocument> allPublished();

    Optional<MinutesDocument> findByMeetingId(long meetingId);

    /** The record as its editor last read it; saved by someone else meanwhile is a conflict. */
    default MinutesDocument current(long minutesId, long expectedVersion) {
        MinutesDocument doc = findById(minutesId).orElseThrow(() -> gone(minutesId));
        if (doc.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Minutes " + minutesId + " were saved by someone else");
        }
        return doc;
    }

    default MinutesDocument existing(long minutesId) {
        return findById(minutesId).orElseThrow(() -> gone(minutesId));
    }

    static AccessDeniedException gone(long minutesId) {
        return new AccessDeniedException("No minutes " + minutesId);
    }
}
