package roundtable.attendance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RsvpInvitationRepository extends JpaRepository<RsvpInvitation, Long> {

    List<RsvpInvitation> findByMeetingIdAndPersonIdIn(long meetingId, Collection<Long> personIds);

    boolean existsBySeriesId(long seriesId);

    List<RsvpInvitation> findByMeetingId(long meetingId);

    List<RsvpInvitation> findByPersonId(long personId);
}
