package roundtable.scheduling;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PollInviteeRepository extends JpaRepository<PollInvitee, Long> {

    @Query("select i from PollInvitee i join fetch i.poll where i.id = :id")
    Optional<PollInvitee> findWithPoll(long id);

    List<PollInvitee> findByPersonId(long personId);
}
