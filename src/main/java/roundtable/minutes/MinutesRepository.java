package roundtable.minutes;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinutesRepository extends JpaRepository<MinutesDocument, Long> {

    @Query("""
            select m from MinutesDocument m where m.status = roundtable.minutes.MinutesStatus.PUBLISHED
            order by m.meetingDate desc, m.id desc
            """)
    List<MinutesDocument> published(Pageable page);

    @Query("""
            select m from MinutesDocument m where m.bodyId = :bodyId
            and m.status = roundtable.minutes.MinutesStatus.PUBLISHED order by m.meetingDate desc, m.id desc
            """)
    List<MinutesDocument> publishedOf(long bodyId, Pageable page);

    @Query("select count(m) from MinutesDocument m where m.status = roundtable.minutes.MinutesStatus.PUBLISHED")
    long countPublished();

    @Query("""
            select m from MinutesDocument m where m.meetingId = :meetingId
            and m.status = roundtable.minutes.MinutesStatus.PUBLISHED order by m.id desc
            """)
    List<MinutesDocument> publishedOfMeeting(long meetingId);
}
