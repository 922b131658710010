package roundtable.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import roundtable.base.persistence.VersionedEntity;

/** One time offered, as wall-clock time in the poll's zone (like a meeting's start). */
@Entity
@Table(name = "poll_candidate")
class PollCandidate extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "poll_id")
    private Poll poll;

    @Column(name = "starts_at_local")
    private LocalDateTime startsAtLocal;

    protected PollCandidate() {}

    PollCandidate(Poll poll, LocalDateTime startsAtLocal) {
        this.poll = poll;
        this.startsAtLocal = startsAtLocal;
    }

    LocalDateTime getStartsAtLocal() {
        return startsAtLocal;
    }
}
