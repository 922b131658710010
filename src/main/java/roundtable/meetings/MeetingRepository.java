package roundtable.meetings;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    // Compared on local wall-clock time in the district's zone, which all its bodies share.
    @Query("""
            select m from Meeting m where m.publicMeeting = true and m.status = roundtable.meetings.MeetingStatus.SCHEDULED
            and m.startsAtLocal >= :from order by m.startsAtLocal, m.id
            """)
    List<Meeting> upcomingPublic(LocalDateTime from, Pageable page);

    @Query("""
            select count(m) from Meeting m where m.publicMeeting = true
            and m.status = roundtable.meetings.MeetingStatus.SCHEDULED and m.startsAtLocal >= :from
            """)
    long countUpcomingPublic(LocalDateTime from);

    @Query("""
            select m from Meeting m where m.bodyId = :bodyId and m.startsAtLocal >= :from
            and m.status <> roundtable.meetings.MeetingStatus.DRAFT order by m.startsAtLocal, m.id
            """)
    List<Meeting> upcomingOf(long bodyId, LocalDateTime from, Pageable page);

    @Query("""
            select m from Meeting m where m.startsAtLocal >= :from and m.startsAtLocal < :to
            and m.status in (roundtable.meetings.MeetingStatus.SCHEDULED, roundtable.meetings.MeetingStatus.DRAFT)
            """)
    List<Meeting> startingBetween(LocalDateTime from, LocalDateTime to);

    @Query("""
            select m from Meeting m where m.bodyId = :bodyId and m.startsAtLocal >= :from
            order by m.startsAtLocal, m.id
            """)
    List<Meeting> managedOf(long bodyId, LocalDateTime from, Pageable page);

    @Query("select count(m) from Meeting m where m.bodyId = :bodyId and m.startsAtLocal >= :from")
    long countManagedOf(long bodyId, LocalDateTime from);

    /** Only the four columns a report needs, not whole meetings with their descriptions. */
    interface TimeRow {
        Long getId();

        LocalDateTime getStartsAtLocal();

        String getTimeZone();

        MeetingStatus getStatus();
    }

    @Query("""
            select m.id as id, m.startsAtLocal as startsAtLocal, m.timeZone as timeZone, m.status as status
            from Meeting m where m.startsAtLocal >= :from and m.startsAtLocal < :until
            and m.status <> roundtable.meetings.MeetingStatus.DRAFT
            """)
    List<TimeRow> timesBetween(LocalDateTime from, LocalDateTime until);

    @Query("select m.bodyId from Meeting m where m.id = :meetingId")
    Optional<Long> bodyOfMeeting(long meetingId);

    @Query("select m.bodyId from Meeting m, AgendaItem i where i.id = :itemId and m.id = i.meetingId")
    Optional<Long> bodyOfAgendaItem(long itemId);

    @Query("""
            select m.bodyId from Meeting m, AgendaItem i, Attachment a
            where a.id = :attachmentId and i.id = a.agendaItemId and m.id = i.meetingId
            """)
    Optional<Long> bodyOfAttachment(long attachmentId);
}
