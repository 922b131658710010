package roundtable.attendance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import roundtable.attendance.requests.InterpreterFreed;
import roundtable.base.i18n.Language;
import roundtable.base.persistence.VersionedEntity;
import roundtable.base.security.SignedLinks;

/**
 * One person's answer about one meeting: a member (person id) or a guest (name, address and the
 * language to write to them in). A guest's links carry the nonce.
 */
@Entity
@Table(name = "rsvp")
class Rsvp extends VersionedEntity {

    /** Why requests closed when their person said they would not come, or (a guest) cancelled. */
    static final String DECLINED = "rsvp.request.reason.declined";

    static final String CANCELLED = "rsvp.request.reason.cancelled";

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "guest_name")
    private String guestName;

    @Column(name = "guest_email")
    private String guestEmail;

    @Column(name = "guest_email_key")
    private String guestEmailKey;

    @Column(name = "guest_language")
    private String guestLanguage;

    @Enumerated(EnumType.STRING)
    private Response response;

    @Enumerated(EnumType.STRING)
    private RsvpState state;

    @Column(name = "waitlist_order")
    private Long waitlistOrder;

    private String nonce;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "rsvp", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<AccessRequest> requests = new ArrayList<>();

    /** Published by the repository when this RSVP is saved; see {@link InterpreterFreed}. */
    @Transient
    private final List<InterpreterFreed> freed = new ArrayList<>();

    protected Rsvp() {}

    void interpreterFreed(long meetingId, long interpreterId) {
        freed.add(new InterpreterFreed(meetingId, interpreterId));
    }

    @DomainEvents
    List<InterpreterFreed> domainEvents() {
        return List.copyOf(freed);
    }

    @AfterDomainEventPublication
    void domainEventsPublished() {
        freed.clear();
    }

    static Rsvp member(long meetingId, long personId, Response response, Instant now) {
        Rsvp r = new Rsvp(meetingId, response, RsvpState.CONFIRMED, now);
        r.personId = personId;
        return r;
    }

    static Rsvp guest(
            long meetingId,
            String name,
            String email,
            String emailKey,
            Language language,
            Response response,
            Instant now) {
        Rsvp r = new Rsvp(meetingId, response, RsvpState.AWAITING_EMAIL_CONFIRMATION, now);
        r.guestName = name;
        r.guestEmail = email;
        r.guestEmailKey = emailKey;
        r.guestLanguage = language.tag();
        return r;
    }

    private Rsvp(long meetingId, Response response, RsvpState state, Instant now) {
        this.meetingId = meetingId;
        this.response = response;
        this.state = state;
        this.nonce = SignedLinks.newNonce();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Counted among those who hold (or wait for) a place; guests only once confirmed. */
    boolean holdsPlace() {
        return state == RsvpState.CONFIRMED && response.takesPlace();
    }

    void answer(Response response, Instant now) {
        this.response = response;
        this.updatedAt = now;
    }

    void confirm(Instant now) {
        this.state = RsvpState.CONFIRMED;
        this.waitlistOrder = null;
        this.updatedAt = now;
    }

    void waitlist(long order, Instant now) {
        this.state = RsvpState.WAITLISTED;
        this.waitlistOrder = order;
        this.updatedAt = now;
    }

    /** The guest cancelled: no longer expected, and what they asked for is withdrawn (offered again should they answer again). */
    void cancel(Instant now) {
        this.state = RsvpState.CANCELLED;
        this.waitlistOrder = null;
        withdrawRequests(CANCELLED, now);
    }

    /**
     * Not coming after all: everything asked for is withdrawn together, at one moment (which becomes
     * this RSVP's last change), so the same requests can be offered again if they come after all.
     */
    void withdrawRequests(String reasonKey, Instant now) {
        requests.forEach(r -> r.withdraw(reasonKey, now));
        this.updatedAt = now;
    }

    /**
     * What the latest "not coming" withdrew, while they are still not coming: what to offer again
     * should they come after all. Nothing once they have answered since.
     */
    List<AccessRequest> lastWithdrawn() {
        String reason = state == RsvpState.CANCELLED ? CANCELLED : response == Response.NOT_ATTENDING ? DECLINED : null;
        return reason == null
                ? List.of()
                : requests.stream()
                        .filter(r -> r.withdrawnAt(reason, updatedAt))
                        .toList();
    }

    /** A cancelled guest answers again: it waits for confirmation afresh, and links sent before stop working. */
    void reopen(Response response, Instant now) {
        this.response = response;
        this.state = RsvpState.AWAITING_EMAIL_CONFIRMATION;
        this.nonce = SignedLinks.newNonce();
        this.updatedAt = now;
    }

    boolean guest() {
        return personId == null;
    }

    long getMeetingId() {
        return meetingId;
    }

    Long getPersonId() {
        return personId;
    }

    String getGuestName() {
        return guestName;
    }

    String getGuestEmail() {
        return guestEmail;
    }

    Language getGuestLanguage() {
        return Language.fromTag(guestLanguage).orElse(Language.fallback());
    }

    Response getResponse() {
        return response;
    }

    RsvpState getState() {
        return state;
    }

    Long getWaitlistOrder() {
        return waitlistOrder;
    }

    String getNonce() {
        return nonce;
    }

    List<AccessRequest> getRequests() {
        return requests;
    }
}
