package roundtable.attendance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Counts of language requests grouped in the database: one row per meeting, kind, language and status. */
interface LanguageDemandRepository extends Repository<AccessRequest, Long> {

    interface Row {
        Long getMeetingId();

        RequestKind getKind();

        String getLanguage();

        RequestStatus getStatus();

        Long getPeople();
    }

    /**
     * What is still wanted: a closed request was withdrawn by its requester (who changed their mind
     * or cancelled their RSVP) or belonged to a cancelled meeting. Guests who never confirmed their
     * address are left out too: nobody knows yet that they are coming, or that the address is theirs.
     */
    @Query("""
            select r.meetingId as meetingId, r.kind as kind, r.languageTag as language, r.status as status,
            count(distinct r.rsvp.id) as people
            from AccessRequest r
            where r.meetingId in :meetingIds and r.kind in :kinds
            and r.status <> roundtable.attendance.RequestStatus.CLOSED
            and r.rsvp.state in (roundtable.attendance.RsvpState.CONFIRMED, roundtable.attendance.RsvpState.WAITLISTED)
            group by r.meetingId, r.kind, r.languageTag, r.status
            """)
    List<Row> counts(Collection<Long> meetingIds, Collection<RequestKind> kinds);
}
