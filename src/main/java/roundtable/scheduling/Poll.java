package roundtable.scheduling;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import roundtable.base.i18n.Language;
import roundtable.base.persistence.VersionedEntity;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.PlaceColumns;

/** A "find a time" poll: candidate times offered to invitees until a deadline, then one chosen. */
@Entity
@Table(name = "availability_poll")
class Poll extends VersionedEntity {

    @Column(name = "body_id")
    private Long bodyId;

    @NotBlank
    @Size(max = PollLimits.TITLE)
    private String title;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "time_zone")
    private String timeZone;

    /** Where and how the meeting will be: the meeting made from the chosen time takes it whole. */
    @Valid
    @Embedded
    private PlaceColumns place;

    @Column(name = "public_meeting")
    private boolean publicMeeting;

    @Column(name = "deadline_at")
    private Instant deadline;

    @Enumerated(EnumType.STRING)
    private PollStatus status;

    @Column(name = "chosen_candidate_id")
    private Long chosenCandidateId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "poll", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAtLocal, id")
    private List<PollCandidate> candidates = new ArrayList<>();

    @OneToMany(mappedBy = "poll", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name, id")
    private List<PollInvitee> invitees = new ArrayList<>();

    protected Poll() {}

    Poll(long bodyId, PollProposal proposal, ZoneId zone, Instant deadline, Long createdBy, Instant createdAt) {
        this.bodyId = bodyId;
        this.title = proposal.title().strip();
        this.durationMinutes = proposal.durationMinutes();
        this.timeZone = zone.getId();
        this.place = PlaceColumns.of(proposal.place());
        this.publicMeeting = proposal.publicMeeting();
        this.deadline = deadline;
        this.status = PollStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        proposal.candidates().stream().sorted().forEach(start -> candidates.add(new PollCandidate(this, start)));
    }

    PollInvitee invite(Long personId, String name, String email, Language language) {
        PollInvitee invitee = new PollInvitee(this, personId, name, email, language);
        invitees.add(invitee);
        return invitee;
    }

    Long getBodyId() {
        return bodyId;
    }

    String getTitle() {
        return title;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    MeetingPlace getPlace() {
        return place.place();
    }

    boolean isPublicMeeting() {
        return publicMeeting;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDeadline() {
        return deadline;
    }

    PollStatus getStatus() {
        return status;
    }

    Long getChosenCandidateId() {
        return chosenCandidateId;
    }

    Long getMeetingId() {
        return meetingId;
    }

    List<PollCandidate> getCandidates() {
        return candidates.stream()
                .sorted(Comparator.comparing(PollCandidate::getStartsAtLocal))
                .toList();
    }

    List<PollInvitee> getInvitees() {
        return invitees;
    }

    Optional<PollCandidate> candidate(long candidateId) {
        return candidates.stream().filter(c -> c.getId() == candidateId).findFirst();
    }

    Optional<LocalDateTime> chosenStart() {
        return chosenCandidateId == null
                ? Optional.empty()
                : candidate(chosenCandidateId).map(PollCandidate::getStartsAtLocal);
    }

    /** Open and before its deadline: invitees may still answer or change their answers. */
    boolean takesAnswers(Instant now) {
        return status == PollStatus.OPEN && now.isBefore(deadline);
    }

    void decide(long candidateId, long meeting) {
        this.status = PollStatus.DECIDED;
        this.chosenCandidateId = candidateId;
        this.meetingId = meeting;
    }

    void close() {
        this.status = PollStatus.CLOSED;
    }
}
