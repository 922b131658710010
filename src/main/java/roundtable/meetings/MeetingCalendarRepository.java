package roundtable.meetings;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The calendar's reads: never drafts; cancelled meetings stay so nobody turns up to one.
 * Times compare as local wall-clock time in the district's zone, which all its bodies share.
 * A null {@code bodyId} means every body.
 */
interface MeetingCalendarRepository extends Repository<Meeting, Long> {

    @Query("""
            select m from Meeting m where m.status <> roundtable.meetings.MeetingStatus.DRAFT
            and (:bodyId is null or m.bodyId = :bodyId)
            and m.startsAtLocal >= :from and m.startsAtLocal < :to order by m.startsAtLocal, m.id
            """)
    List<Meeting> between(Long bodyId, LocalDateTime from, LocalDateTime to);

    @Query("""
            select m from Meeting m where m.status <> roundtable.meetings.MeetingStatus.DRAFT
            and (:bodyId is null or m.bodyId = :bodyId) and m.startsAtLocal >= :from
            order by m.startsAtLocal, m.id
            """)
    List<Meeting> from(Long bodyId, LocalDateTime from, Pageable page);

    @Query("""
            select count(m) from Meeting m where m.status <> roundtable.meetings.MeetingStatus.DRAFT
            and (:bodyId is null or m.bodyId = :bodyId) and m.startsAtLocal >= :from
            """)
    long countFrom(Long bodyId, LocalDateTime from);

    @Query("""
            select m from Meeting m where m.publicMeeting = true and m.status <> roundtable.meetings.MeetingStatus.DRAFT
            and (:bodyId is null or m.bodyId = :bodyId)
            and m.startsAtLocal >= :from and m.startsAtLocal < :to order by m.startsAtLocal, m.id
            """)
    List<Meeting> publicBetween(Long bodyId, LocalDateTime from, LocalDateTime to);

    @Query("""
            select m from Meeting m where m.status <> roundtable.meetings.MeetingStatus.DRAFT
            and m.bodyId in :bodyIds and m.startsAtLocal >= :from and m.startsAtLocal < :to
            order by m.startsAtLocal, m.id
            """)
    List<Meeting> ofBodiesBetween(Collection<Long> bodyIds, LocalDateTime from, LocalDateTime to);
}
