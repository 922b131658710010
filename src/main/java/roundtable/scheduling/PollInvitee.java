package roundtable.scheduling;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import roundtable.base.i18n.Language;
import roundtable.base.persistence.VersionedEntity;
import roundtable.base.security.SignedLinks;
import roundtable.people.PersonLimits;

/**
 * Someone asked to answer a poll: a member (person id) or a guest added by email. Their
 * personal link names them and carries their nonce; a new nonce revokes the old links.
 */
@Entity
@Table(name = "poll_invitee")
class PollInvitee extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "poll_id")
    private Poll poll;

    @Column(name = "person_id")
    private Long personId;

    private String name;

    private String email;

    private String language;

    private String nonce;

    @Column(name = "needs_childcare")
    private boolean needsChildcare;

    private String interpretation;

    @Column(name = "joins_online")
    private boolean joinsOnline;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ElementCollection
    @CollectionTable(name = "poll_answer", joinColumns = @JoinColumn(name = "invitee_id"))
    @MapKeyColumn(name = "candidate_id")
    @Column(name = "availability")
    @Enumerated(EnumType.STRING)
    // The ranking reads every invitee's answers: fetched in a few statements, not one per invitee.
    @BatchSize(size = 100)
    private Map<Long, Availability> answers = new HashMap<>();

    protected PollInvitee() {}

    PollInvitee(Poll poll, Long personId, String name, String email, Language language) {
        this.poll = poll;
        this.personId = personId;
        this.name = name;
        this.email = email;
        this.language = language.tag();
        this.nonce = SignedLinks.newNonce();
    }

    Poll getPoll() {
        return poll;
    }

    Long getPersonId() {
        return personId;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    Language getLanguage() {
        return Language.fromTag(language).orElse(Language.fallback());
    }

    String getNonce() {
        return nonce;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    Map<Long, Availability> getAnswers() {
        return answers;
    }

    Needs getNeeds() {
        return new Needs(needsChildcare, interpretation, joinsOnline);
    }

    void answer(Map<Long, Availability> newAnswers, Needs needs, Instant at) {
        answers.clear();
        answers.putAll(newAnswers);
        this.needsChildcare = needs.childcare();
        this.interpretation = needs.interpretation();
        this.joinsOnline = needs.online();
        this.answeredAt = at;
    }

    /** Keeps the answers (they still count) but nothing that says whose they were; the old links stop working. */
    void anonymise() {
        this.name = PersonLimits.ANONYMISED_NAME;
        this.email = "anonymised-invitee-" + getId() + "@invalid";
        this.interpretation = null;
        this.needsChildcare = false;
        this.joinsOnline = false;
        revokeLinks();
    }

    /** Erased by {@link #anonymise()}: nothing may be sent to them. */
    boolean anonymised() {
        return email.startsWith("anonymised-invitee-") && email.endsWith("@invalid");
    }

    /** Every link sent so far stops working. */
    void revokeLinks() {
        this.nonce = SignedLinks.newNonce();
    }
}
