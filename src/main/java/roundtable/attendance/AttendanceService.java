package roundtable.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import roundtable.base.EmailAddresses;
import roundtable.base.RoundtableProperties;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.security.AttemptLimiter;
import roundtable.base.security.AttemptLimits;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.SignedLinks;
import roundtable.committees.CommitteeAccess;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingCancelled;
import roundtable.meetings.MeetingChanged;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * RSVPs and what would help people take part. Members answer from the meeting page; guests of
 * public meetings answer without an account and confirm by an emailed link. When a meeting has a
 * capacity, places go in order and the rest wait; a freed place goes to the first waiting.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    static final String CONFIRM_PURPOSE = "rsvp-confirm";
    static final String MANAGE_PURPOSE = "rsvp-manage";
    static final String CONFIRM_PATH = "/rsvp/confirm/";
    static final String MANAGE_PATH = "/rsvp/manage/";
    /** Guests may still look at (not change) their RSVP for a while after the meeting. */
    static final Duration LINK_OUTLIVES_MEETING = Duration.ofDays(30);
    static final int GUEST_RSVPS_PER_CLIENT = 10;
    static final int GUEST_RSVPS_PER_ADDRESS = 3;
    static final Duration GUEST_WINDOW = Duration.ofHours(1);

    private final RsvpRepository rsvps;
    private final AccessRequestRepository requests;
    private final MeetingCapacityRepository capacities;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final CommitteeAccess access;
    private final PersonService people;
    private final SignedLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundtableProperties properties;
    private final AttendanceProperties policy;
    private final TransactionTemplate separately;
    private final AttemptLimiter guestsPerClient;
    private final AttemptLimiter guestsPerAddress;
    private final InvitationLinks invitations;

    AttendanceService(RsvpRepository rsvps, AccessRequestRepository requests, MeetingCapacityRepository capacities, MeetingService meetings,
            CommitteeService committees, CommitteeAccess access, PersonService people, SignedLinks links,
            ApplicationEventPublisher events, Clock clock, RoundtableProperties properties, AttendanceProperties policy,
            PlatformTransactionManager transactions, InvitationLinks invitations, AttemptLimits limits) {
        this.rsvps = rsvps;
        this.requests = requests;
        this.capacities = capacities;
        this.meetings = meetings;
        this.committees = committees;
        this.access = access;
        this.people = people;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.policy = policy;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.guestsPerClient = limits.limiter("guest-rsvp.client", GUEST_RSVPS_PER_CLIENT, GUEST_WINDOW);
        this.guestsPerAddress = limits.limiter("guest-rsvp.email", GUEST_RSVPS_PER_ADDRESS, GUEST_WINDOW);
        this.invitations = invitations;
    }

    /** The signed-in person's RSVP to this meeting, if they have made one. */
    public Optional<RsvpView> myRsvp(long meetingId) {
        Optional<Long> me = CurrentUser.personId();
        Optional<MeetingSummary> meeting = meetings.find(meetingId);
        if (me.isEmpty() || meeting.isEmpty()) {
            return Optional.empty();
        }
        return rsvps.findByMeetingIdAndPersonId(meetingId, me.get()).map(r -> view(r, meeting.get()));
    }

    /** Whether the signed-in person may RSVP: a member of the body, or anyone signed in for a public meeting. */
    public boolean mayRsvp(MeetingSummary meeting) {
        return CurrentUser.personId().isPresent() && (meeting.publicMeeting() || access.isMember(meeting.bodyId()));
    }

    /** The meeting's places, for the body's chair and secretary. */
    public Places places(long meetingId) {
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("No such meeting"));
        requireRecorder(meeting);
        Optional<MeetingCapacity> row = capacities.findById(meetingId);
        return new Places(row.map(MeetingCapacity::getCapacity).orElse(null), row.map(MeetingCapacity::getVersion)
                .orElse(0L), rsvps.countHoldingPlaces(meetingId), rsvps.waitlist(meetingId).size());
    }

    /** Counts for the body's chair and secretary; the details of each request stay with the coordinator. */
    public AttendanceOverview overview(long meetingId) {
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("No such meeting"));
        requireRecorder(meeting);
        Map<Response, Long> answers = new EnumMap<>(Response.class);
        Map<String, Map<RequestStatus, Long>> interpretation = new TreeMap<>();
        Map<String, Long> translation = new TreeMap<>();
        Map<AccommodationType, Long> accommodations = new EnumMap<>(AccommodationType.class);
        long waiting = 0;
        long awaiting = 0;
        long children = 0;
        long loaners = 0;
        long late = 0;
        for (Rsvp rsvp : rsvps.findByMeetingId(meetingId)) {
            switch (rsvp.getState()) {
                case CONFIRMED -> answers.merge(rsvp.getResponse(), 1L, Long::sum);
                case WAITLISTED -> waiting++;
                case AWAITING_EMAIL_CONFIRMATION -> awaiting++;
                case CANCELLED -> {
                    continue;
                }
            }
            for (AccessRequest r : rsvp.getRequests()) {
                if (r.getStatus() == RequestStatus.CLOSED) {
                    continue;
                }
                late += r.isLate() ? 1 : 0;
                switch (r.getKind()) {
                    case INTERPRETATION -> interpretation.computeIfAbsent(r.getLanguageTag(),
                            t -> new EnumMap<>(RequestStatus.class)).merge(r.getStatus(), 1L, Long::sum);
                    case TRANSLATION -> translation.merge(r.getLanguageTag(), 1L, Long::sum);
                    case ACCOMMODATION -> accommodations.merge(r.getAccommodationType(), 1L, Long::sum);
                    case CHILDCARE -> children += r.getChildrenCount() == null ? 0 : r.getChildrenCount();
                    case LOANER -> loaners++;
                }
            }
        }
        return new AttendanceOverview(answers, waiting, awaiting, interpretation, translation, accommodations, children,
                loaners, late);
    }

    private void requireRecorder(MeetingSummary meeting) {
        if (!access.canRecord(meeting.bodyId())) {
            throw new AccessDeniedException("Only the body's chair or secretary manages places");
        }
    }

    /**
     * A member's answer, new or changed, until the meeting starts. Taking a place when the meeting is
     * full puts them on the waitlist; giving one up hands it to the first waiting.
     */
    @Transactional
    public RsvpView rsvp(long meetingId, Response response, AccessNeeds needs) {
        long personId = CurrentUser.personId().orElseThrow(() -> new AccessDeniedException("Sign in to RSVP"));
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("No such meeting"));
        if (!mayRsvp(meeting)) {
            throw new AccessDeniedException("Only the body's members RSVP to a closed meeting");
        }
        return answer(personId, meeting, response, needs);
    }

    /**
     * What a member's invitation link shows: the meeting, their answer so far, and whether it still
     * takes one (a link past its expiry still says why not). Nothing changes by looking.
     */
    public InvitationView invitation(String token) {
        InvitationLinks.Invited invited = invitations.resolve(token, true);
        MeetingSummary meeting = invited.meeting();
        // The link can be forwarded: what the member wrote in their own words stays off this page.
        RsvpView current = rsvps.findByMeetingIdAndPersonId(meeting.id(), invited.personId())
                .map(r -> view(r, meeting)).map(RsvpView::withoutOwnWords).orElse(null);
        return new InvitationView(invited.name(), facts(meeting), Response.offeredFor(meeting.format()), current,
                invitations.standing(invited));
    }

    /** The member an invitation link names answers from it, without signing in: as {@link #rsvp} would for them. */
    @Transactional
    public RsvpView rsvpByInvitation(String token, Response response, AccessNeeds needs) {
        InvitationLinks.Invited invited = invitations.resolve(token, false);
        // What they asked for before, or what was withdrawn when they said they would not come: the page
        // offers it again without their own words, which are kept here rather than lost.
        AccessNeeds before = rsvps.findByMeetingIdAndPersonId(invited.meeting().id(), invited.personId())
                .map(r -> RequestedNeeds.active(r).any() ? RequestedNeeds.active(r) : RequestedNeeds.lastWithdrawn(r))
                .orElse(AccessNeeds.none());
        return answer(invited.personId(), invited.meeting(), response,
                needs == null ? null : needs.keepingOwnWordsOf(before));
    }

    private RsvpView answer(long personId, MeetingSummary meeting, Response response, AccessNeeds needs) {
        long meetingId = meeting.id();
        AccessNeeds stated = check(meeting, response, needs);
        MeetingCapacity capacity = lockCapacity(meetingId);
        long holding = rsvps.countHoldingPlaces(meetingId);
        Rsvp rsvp = rsvps.findByMeetingIdAndPersonId(meetingId, personId)
                .orElseGet(() -> Rsvp.member(meetingId, personId, response, clock.instant()));
        boolean isNew = rsvp.getId() == null;
        boolean wasHolding = !isNew && rsvp.holdsPlace();
        RsvpState before = isNew ? null : rsvp.getState();
        Response answeredBefore = isNew ? null : rsvp.getResponse();
        rsvp.answer(response, clock.instant());
        place(rsvp, capacity, holding - (wasHolding ? 1 : 0), wasHolding, before == RsvpState.WAITLISTED);
        applyNeeds(rsvp, stated, meeting);
        rsvps.saveAndFlush(rsvp);
        if (wasHolding && !rsvp.holdsPlace()) {
            promote(meeting, capacity);
        }
        Recipient me = recipientOf(rsvp);
        if (me != null && response.takesPlace() && (before != rsvp.getState() || answeredBefore != response)) {
            events.publishEvent(new AttendanceRecorded(rsvp.getId(), rsvp.getVersion(), me.name(), me.email(),
                    me.language(), facts(meeting), response, rsvp.getState(), lateRequests(rsvp), null));
        }
        if (response == Response.NOT_ATTENDING && answeredBefore != Response.NOT_ATTENDING) {
            // Their invitation put the meeting in their calendar: it comes off, and they hear what was withdrawn.
            tellNotComing(rsvp, meeting, false);
        }
        return view(rsvp, meeting);
    }

    /**
     * A guest's RSVP to a public meeting. Saved to wait for the guest's confirmation from the emailed
     * link; the same address asking again gets the link again and changes nothing, so nobody learns
     * whether an address had already answered.
     */
    @Transactional
    public void guestRsvp(long meetingId, String name, String email, Language language, Response response,
            AccessNeeds needs, String clientAddress) {
        MeetingSummary meeting = meetings.find(meetingId).filter(MeetingSummary::publicMeeting)
                .orElseThrow(() -> new RuleViolationException("meeting", "rsvp.error.guests-public-only"));
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > AttendanceLimits.NAME) {
            throw new RuleViolationException("name", "rsvp.error.name", AttendanceLimits.NAME);
        }
        PlainText.require("name", cleanName);
        String cleanEmail = email == null ? "" : email.strip();
        if (!EmailAddresses.wellFormed(cleanEmail)) {
            throw new RuleViolationException("email", "rsvp.error.email");
        }
        AccessNeeds stated = check(meeting, response, needs);
        String key = EmailAddresses.key(cleanEmail);
        if (!guestsPerClient.tryAcquire(clientAddress) || !guestsPerAddress.tryAcquire(key)) {
            throw new RuleViolationException("email", "rsvp.error.too-many");
        }
        Language writeIn = language == null ? Language.fallback() : language;
        Rsvp rsvp = rsvps.findByMeetingIdAndGuestEmailKey(meetingId, key).orElse(null);
        if (rsvp == null) {
            rsvp = Rsvp.guest(meetingId, cleanName, cleanEmail, key, writeIn, response, clock.instant());
            applyNeeds(rsvp, stated, meeting);
            rsvp = rsvps.saveAndFlush(rsvp);
        } else if (rsvp.getState() == RsvpState.CANCELLED) {
            rsvp.reopen(response, clock.instant());
            applyNeeds(rsvp, stated, meeting);
            rsvps.saveAndFlush(rsvp);
        } else if (rsvp.getState() != RsvpState.AWAITING_EMAIL_CONFIRMATION) {
            // Already counted: the address's owner gets their link to change or cancel again, nothing more.
            publishRecorded(rsvp, meeting);
            return;
        }
        events.publishEvent(new GuestConfirmationRequested(rsvp.getId(), clock.millis(), rsvp.getGuestName(),
                rsvp.getGuestEmail(), rsvp.getGuestLanguage(), facts(meeting), link(CONFIRM_PATH, CONFIRM_PURPOSE,
                        rsvp, meeting)));
    }

    /** The guest's confirmation page: what they are confirming. Nothing changes by looking. */
    public RsvpView guestRsvpToConfirm(String token) {
        Rsvp rsvp = resolve(CONFIRM_PURPOSE, token);
        return view(rsvp, meetingOf(rsvp));
    }

    /** The guest followed their link and pressed Confirm: the RSVP counts (or waits for a place). */
    @Transactional
    public RsvpView confirmGuest(String token) {
        Rsvp rsvp = resolve(CONFIRM_PURPOSE, token);
        MeetingSummary meeting = meetingOf(rsvp);
        if (rsvp.getState() != RsvpState.AWAITING_EMAIL_CONFIRMATION) {
            return view(rsvp, meeting);
        }
        requireOpen(meeting);
        MeetingCapacity capacity = lockCapacity(rsvp.getMeetingId());
        place(rsvp, capacity, rsvps.countHoldingPlaces(rsvp.getMeetingId()), false, false);
        rsvps.saveAndFlush(rsvp);
        publishRecorded(rsvp, meeting);
        return view(rsvp, meeting);
    }

    /** What a guest sees from their manage link. */
    public RsvpView guestManage(String token) {
        Rsvp rsvp = resolve(MANAGE_PURPOSE, token);
        return view(rsvp, meetingOf(rsvp));
    }

    /**
     * A confirmed guest changes their answer or requests from their link; one who cancelled answers
     * again (or undoes the cancel) from the same link, and takes a place if one is free.
     */
    @Transactional
    public RsvpView guestChange(String token, Response response, AccessNeeds needs) {
        Rsvp rsvp = resolve(MANAGE_PURPOSE, token);
        MeetingSummary meeting = meetingOf(rsvp);
        if (rsvp.getState() == RsvpState.AWAITING_EMAIL_CONFIRMATION) {
            throw new RuleViolationException("response", "rsvp.error.not-changeable");
        }
        AccessNeeds stated = check(meeting, response, needs);
        MeetingCapacity capacity = lockCapacity(rsvp.getMeetingId());
        long holding = rsvps.countHoldingPlaces(rsvp.getMeetingId());
        boolean wasHolding = rsvp.holdsPlace();
        RsvpState stateBefore = rsvp.getState();
        Response answeredBefore = rsvp.getResponse();
        rsvp.answer(response, clock.instant());
        place(rsvp, capacity, holding - (wasHolding ? 1 : 0), wasHolding, stateBefore == RsvpState.WAITLISTED);
        applyNeeds(rsvp, stated, meeting);
        rsvps.saveAndFlush(rsvp);
        if (wasHolding && !rsvp.holdsPlace()) {
            promote(meeting, capacity);
        }
        if (response.takesPlace() && (stateBefore != rsvp.getState() || answeredBefore != response)) {
            publishRecorded(rsvp, meeting);
        } else if (response == Response.NOT_ATTENDING && answeredBefore != Response.NOT_ATTENDING
                && stateBefore != RsvpState.CANCELLED) {
            tellNotComing(rsvp, meeting, false);
        }
        return view(rsvp, meeting);
    }

    /** A guest cancels from their link; their place (if they had one) goes to the first waiting. */
    @Transactional
    public RsvpView cancelByToken(String token) {
        Rsvp rsvp = resolve(MANAGE_PURPOSE, token);
        MeetingSummary meeting = meetingOf(rsvp);
        if (rsvp.getState() == RsvpState.CANCELLED) {
            return view(rsvp, meeting);
        }
        MeetingCapacity capacity = lockCapacity(rsvp.getMeetingId());
        boolean wasHolding = rsvp.holdsPlace();
        boolean wasCounted = rsvp.getState() != RsvpState.AWAITING_EMAIL_CONFIRMATION;
        rsvp.cancel(clock.instant());
        rsvps.saveAndFlush(rsvp);
        if (wasHolding) {
            promote(meeting, capacity);
        }
        if (wasCounted) {
            tellNotComing(rsvp, meeting, true);
        }
        return view(rsvp, meeting);
    }

    /**
     * The body's recorders limit (or, with null, unlimit) the places. Lowering it takes no place
     * from anyone who has one; raising it gives places to those waiting, in order.
     */
    @Transactional
    public void setCapacity(long meetingId, Integer capacity) {
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("No such meeting"));
        requireRecorder(meeting);
        if (capacity != null && capacity < 1) {
            throw new RuleViolationException("capacity", "rsvp.error.capacity");
        }
        MeetingCapacity row = lockCapacity(meetingId);
        row.setCapacity(capacity);
        capacities.flush();
        promote(meeting, row);
    }

    /**
     * Runs inside the chair's cancellation, so the requests close with it (or not at all), and while
     * the chair can still read a closed meeting; the emails go after the commit.
     */
    @EventListener
    @Transactional
    void meetingCancelled(MeetingCancelled event) {
        tellAttendees(event.meetingId(), true, event.reason());
    }

    /** Requests belong to the meeting, so they follow it when it moves; those who come are told. */
    @EventListener
    @Transactional
    void meetingChanged(MeetingChanged event) {
        if (!event.whenOrWhereChanged()) {
            // A corrected title or description: calendars get the new SEQUENCE, nobody needs an email.
            return;
        }
        tellAttendees(event.meetingId(), false, null);
    }

    private void tellAttendees(long meetingId, boolean cancelled, String reason) {
        Optional<MeetingSummary> found = meetings.find(meetingId);
        if (found.isEmpty()) {
            return;
        }
        MeetingSummary meeting = found.get();
        List<Rsvp> all = rsvps.findByMeetingId(meetingId);
        // One lookup for every member's address and one for the meeting's facts, not one per person.
        Map<Long, PersonSummary> members = people.contacts(all.stream().filter(r -> !r.guest()).map(Rsvp::getPersonId)
                .collect(java.util.stream.Collectors.toSet()));
        MeetingFacts facts = facts(meeting);
        for (Rsvp rsvp : all) {
            boolean counted = rsvp.getState() == RsvpState.CONFIRMED || rsvp.getState() == RsvpState.WAITLISTED;
            if (cancelled) {
                rsvp.getRequests().forEach(r -> r.close("rsvp.request.reason.meeting-cancelled"));
            } else {
                rsvp.getRequests().forEach(r -> r.keepUntil(forgetAfter(meeting)));
            }
            Recipient who = counted && rsvp.getResponse() != Response.NOT_ATTENDING ? recipientOf(rsvp, members) : null;
            if (who != null) {
                events.publishEvent(new MeetingNewsForAttendee(rsvp.getId(), clock.millis(), who.name(), who.email(),
                        who.language(), facts, cancelled, reason,
                        rsvp.guest() && !cancelled ? manageLink(rsvp, meeting) : null));
            }
        }
    }

    /**
     * Erases what people wrote about themselves (details, children's ages) once the policy's days
     * after their meeting have passed; what was asked for stays, for the counts. Run nightly.
     */
    @Transactional
    public int forgetOldParticulars() {
        return requests.forgetParticularsBefore(clock.instant());
    }

    private Instant forgetAfter(MeetingSummary meeting) {
        return meeting.endsAt().toInstant().plus(Duration.ofDays(policy.detailsKeptDays()));
    }

    /** First request date the policy calls late for a meeting on this day. */
    LocalDate lateFrom(LocalDate meetingDay) {
        return BusinessDays.before(meetingDay, policy.requestLeadBusinessDays()).plusDays(1);
    }

    /** The last day to confirm what was asked for a meeting on this day; after it, it is overdue. */
    LocalDate arrangeBy(LocalDate meetingDay) {
        return BusinessDays.before(meetingDay, policy.confirmByBusinessDays());
    }

    private boolean late(MeetingSummary meeting) {
        LocalDate today = LocalDate.now(clock.withZone(meeting.zone()));
        return !today.isBefore(lateFrom(meeting.startsAtLocal().toLocalDate()));
    }

    /** Places the answer: a place if one is free, otherwise the end of the waitlist; no place needed, no wait. */
    private void place(Rsvp rsvp, MeetingCapacity capacity, long heldByOthers, boolean hadPlace, boolean wasWaiting) {
        if (!rsvp.getResponse().takesPlace() || hadPlace) {
            rsvp.confirm(clock.instant());
        } else if (wasWaiting) {
            return;
        } else if (capacity.getCapacity() == null || heldByOthers < capacity.getCapacity()) {
            rsvp.confirm(clock.instant());
        } else {
            rsvp.waitlist(rsvps.lastWaitlistOrder(rsvp.getMeetingId()) + 1, clock.instant());
        }
    }

    private void promote(MeetingSummary meeting, MeetingCapacity capacity) {
        long holding = rsvps.countHoldingPlaces(meeting.id());
        for (Rsvp next : rsvps.waitlist(meeting.id())) {
            if (capacity.getCapacity() != null && holding >= capacity.getCapacity()) {
                return;
            }
            next.confirm(clock.instant());
            rsvps.saveAndFlush(next);
            holding++;
            Recipient who = recipientOf(next);
            if (who != null) {
                events.publishEvent(new WaitlistPromoted(next.getId(), next.getVersion(), who.name(), who.email(),
                        who.language(), facts(meeting), next.guest() ? manageLink(next, meeting) : null));
            }
        }
    }

    /**
     * Locks the meeting's capacity row, creating it first if this is the meeting's first RSVP. The row
     * is created in its own transaction so that two first RSVPs at once both find it afterwards.
     */
    private MeetingCapacity lockCapacity(long meetingId) {
        Optional<MeetingCapacity> row = capacities.lock(meetingId);
        if (row.isPresent()) {
            return row.get();
        }
        try {
            separately.executeWithoutResult(status -> capacities.insertRow(meetingId));
        } catch (DataIntegrityViolationException someoneElseCreatedIt) {
            // Then it exists, which is all that was wanted.
        }
        return capacities.lock(meetingId).orElseThrow();
    }

    private AccessNeeds check(MeetingSummary meeting, Response response, AccessNeeds needs) {
        if (response == null) {
            throw new RuleViolationException("response", "rsvp.error.response-required");
        }
        requireOpen(meeting);
        AccessNeeds n = needs == null ? AccessNeeds.none() : needs;
        if (n.interpretationLanguage() != null) {
            if (!LanguageNames.OFFERED.contains(n.interpretationLanguage())) {
                throw new RuleViolationException("interpretationLanguage", "rsvp.error.language");
            }
            if (n.interpretationMode() == null) {
                throw new RuleViolationException("interpretationMode", "rsvp.error.mode-required");
            }
        }
        if (n.translationLanguage() != null && (!LanguageNames.OFFERED.contains(n.translationLanguage())
                || "ase".equals(n.translationLanguage()))) {
            throw new RuleViolationException("translationLanguage", "rsvp.error.translation-language");
        }
        if (n.accommodationDetails() != null && n.accommodationDetails().length() > AttendanceLimits.DETAILS) {
            throw new RuleViolationException("accommodationDetails", "rsvp.error.too-long", AttendanceLimits.DETAILS);
        }
        if (n.accommodations().contains(AccommodationType.OTHER) && n.accommodationDetails() == null) {
            throw new RuleViolationException("accommodationDetails", "rsvp.error.other-details");
        }
        if (n.childrenCount() != null && (n.childrenCount() < 0 || n.childrenCount() > AttendanceLimits.MAX_CHILDREN)) {
            throw new RuleViolationException("childrenCount", "rsvp.error.children", AttendanceLimits.MAX_CHILDREN);
        }
        if (n.childrenAges() != null && n.childrenAges().length() > AttendanceLimits.CHILDREN_AGES) {
            throw new RuleViolationException("childrenAges", "rsvp.error.too-long", AttendanceLimits.CHILDREN_AGES);
        }
        PlainText.requireLines("accommodationDetails", n.accommodationDetails());
        PlainText.require("childrenAges", n.childrenAges());
        return n;
    }

    private void requireOpen(MeetingSummary meeting) {
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            throw new RuleViolationException("response", "rsvp.error.not-open");
        }
        if (!clock.instant().isBefore(meeting.startsAt().toInstant())) {
            throw new RuleViolationException("response", "rsvp.error.started");
        }
    }

    /**
     * Turns the form's answers into requests: what is still asked for keeps its request (and what
     * the coordinator arranged), what is new is added (late if past the lead time), what is no
     * longer asked for is closed. Not attending asks for nothing: all is withdrawn at once, to be
     * offered again if they come after all.
     */
    private void applyNeeds(Rsvp rsvp, AccessNeeds needs, MeetingSummary meeting) {
        Instant now = clock.instant();
        if (rsvp.getResponse() == Response.NOT_ATTENDING) {
            rsvp.withdrawRequests(Rsvp.DECLINED, now);
            return;
        }
        boolean late = late(meeting);
        Instant forget = forgetAfter(meeting);
        List<AccessRequest> wanted = new ArrayList<>();
        if (needs.interpretationLanguage() != null) {
            wanted.add(new AccessRequest(rsvp, RequestKind.INTERPRETATION, now, late, forget)
                    .language(needs.interpretationLanguage(), needs.interpretationMode()));
        }
        if (needs.translationLanguage() != null) {
            wanted.add(new AccessRequest(rsvp, RequestKind.TRANSLATION, now, late, forget)
                    .language(needs.translationLanguage(), null));
        }
        for (AccommodationType type : EnumSet.copyOf(needs.accommodations().isEmpty()
                ? EnumSet.noneOf(AccommodationType.class) : needs.accommodations())) {
            wanted.add(new AccessRequest(rsvp, RequestKind.ACCOMMODATION, now, late, forget)
                    .accommodation(type, type == AccommodationType.OTHER ? needs.accommodationDetails() : null));
        }
        if (needs.childrenCount() != null && needs.childrenCount() > 0) {
            wanted.add(new AccessRequest(rsvp, RequestKind.CHILDCARE, now, late, forget)
                    .children(needs.childrenCount(), needs.childrenAges()));
        }
        if (needs.loaner()) {
            wanted.add(new AccessRequest(rsvp, RequestKind.LOANER, now, late, forget));
        }
        List<AccessRequest> kept = new ArrayList<>();
        for (AccessRequest w : wanted) {
            Optional<AccessRequest> same = rsvp.getRequests().stream()
                    .filter(r -> r.active() && r.sameness().equals(w.sameness())).findFirst();
            if (same.isPresent()) {
                same.get().takeParticulars(w);
                kept.add(same.get());
            } else {
                rsvp.getRequests().add(w);
                kept.add(w);
            }
        }
        rsvp.getRequests().stream().filter(r -> r.active() && !kept.contains(r))
                .forEach(r -> r.close("rsvp.request.reason.withdrawn"));
    }

    private Rsvp resolve(String purpose, String token) {
        return links.resolve(purpose, token, rsvps::findById, Rsvp::getNonce,
                outcome -> new RsvpLinkException(outcome == SignedLinks.Outcome.EXPIRED
                        ? RsvpLinkException.Problem.EXPIRED : RsvpLinkException.Problem.INVALID));
    }

    private MeetingSummary meetingOf(Rsvp rsvp) {
        return meetings.find(rsvp.getMeetingId())
                .orElseThrow(() -> new RsvpLinkException(RsvpLinkException.Problem.INVALID));
    }

    String link(String path, String purpose, Rsvp rsvp, MeetingSummary meeting) {
        Instant expires = meeting.endsAt().toInstant().plus(LINK_OUTLIVES_MEETING);
        return properties.link(path + links.sign(purpose, rsvp.getId(), rsvp.getNonce(), expires));
    }

    String manageLink(Rsvp rsvp, MeetingSummary meeting) {
        return link(MANAGE_PATH, MANAGE_PURPOSE, rsvp, meeting);
    }

    private void publishRecorded(Rsvp rsvp, MeetingSummary meeting) {
        if (rsvp.getResponse() == Response.NOT_ATTENDING) {
            tellNotComing(rsvp, meeting, false);
            return;
        }
        Recipient who = recipientOf(rsvp);
        if (who != null) {
            // Sent again when a guest asks again, so the moment (kept in the event) keeps the sends apart.
            events.publishEvent(new AttendanceRecorded(rsvp.getId(), clock.millis(), who.name(), who.email(),
                    who.language(), facts(meeting), rsvp.getResponse(), rsvp.getState(), lateRequests(rsvp),
                    rsvp.guest() ? manageLink(rsvp, meeting) : null));
        }
    }

    /**
     * Someone who was invited or attending will not come: the meeting comes off their calendar, and
     * they hear plainly what was withdrawn and how to answer again (a guest by their own link).
     */
    private void tellNotComing(Rsvp rsvp, MeetingSummary meeting, boolean cancelled) {
        Recipient who = recipientOf(rsvp);
        if (who != null) {
            events.publishEvent(new AttendanceWithdrawn(rsvp.getId(), clock.millis(), who.name(), who.email(),
                    who.language(), facts(meeting), RequestedNeeds.lastWithdrawn(rsvp).withoutOwnWords(), cancelled,
                    rsvp.guest() ? manageLink(rsvp, meeting) : null));
        }
    }

    record Recipient(String name, String email, Language language) {
    }

    /** Also for answers from a link, without a sign-in that would let us read people's contacts. */
    Recipient recipientOf(Rsvp rsvp) {
        if (rsvp.guest()) {
            return recipientOf(rsvp, Map.of());
        }
        return people.recipient(rsvp.getPersonId()).map(p -> new Recipient(p.fullName(), p.email(), p.language()))
                .orElse(null);
    }

    static Recipient recipientOf(Rsvp rsvp, Map<Long, PersonSummary> members) {
        if (rsvp.guest()) {
            return new Recipient(rsvp.getGuestName(), rsvp.getGuestEmail(), rsvp.getGuestLanguage());
        }
        PersonSummary p = members.get(rsvp.getPersonId());
        return p == null || p.anonymised() ? null : new Recipient(p.fullName(), p.email(), p.language());
    }

    private static boolean lateRequests(Rsvp rsvp) {
        return rsvp.getRequests().stream().anyMatch(r -> r.active() && r.isLate());
    }

    MeetingFacts facts(MeetingSummary m) {
        String body = committees.find(m.bodyId()).map(b -> b.name()).orElse("");
        boolean online = m.format() != roundtable.meetings.MeetingFormat.IN_PERSON;
        return new MeetingFacts(m.id(), body, m.title(), m.startsAtLocal(), m.zone().getId(), m.durationMinutes(),
                m.format(), m.location(), m.room(), properties.link("/meetings/" + m.id()),
                online ? m.onlineUrl() : null, online ? m.dialIn() : null, m.languagesOffered());
    }

    private RsvpView view(Rsvp rsvp, MeetingSummary meeting) {
        Integer position = null;
        if (rsvp.getState() == RsvpState.WAITLISTED) {
            List<Rsvp> waiting = rsvps.waitlist(rsvp.getMeetingId());
            position = waiting.indexOf(rsvp) + 1;
        }
        return new RsvpView(rsvp.getId(), rsvp.getVersion(), rsvp.getGuestName(), rsvp.getResponse(), rsvp.getState(),
                position, RequestedNeeds.active(rsvp), lateRequests(rsvp), facts(meeting),
                meeting.status() == MeetingStatus.SCHEDULED && clock.instant().isBefore(meeting.startsAt().toInstant()),
                RequestedNeeds.lastWithdrawn(rsvp));
    }
}
