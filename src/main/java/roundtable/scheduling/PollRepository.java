package roundtable.scheduling;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PollRepository extends JpaRepository<Poll, Long> {

    List<Poll> findByBodyIdOrderByIdDesc(long bodyId);
}
