package roundtable.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.attendance.requests.AccessRequests;
import roundtable.attendance.requests.DemandCount;
import roundtable.attendance.requests.FollowedRequest;
import roundtable.base.security.Coordinators;
import roundtable.base.security.Open;
import roundtable.base.security.SystemUse;
import roundtable.meetings.MeetingSummary;

/** The requests made with RSVPs, as language services reads and arranges them: see {@link AccessRequests}. */
@Service
@Transactional(readOnly = true)
class RequestsForLanguageServices implements AccessRequests {

    private final AccessRequestRepository requests;
    private final LanguageDemandRepository demand;
    private final RequestPolicy policy;
    private final MeetingFactsSource facts;
    private final Clock clock;

    RequestsForLanguageServices(
            AccessRequestRepository requests,
            LanguageDemandRepository demand,
            RequestPolicy policy,
            MeetingFactsSource facts,
            Clock clock) {
        this.requests = requests;
        this.demand = demand;
        this.policy = policy;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    @Coordinators
    public List<Long> meetingsFollowed(Instant now, boolean settledToo) {
        return requests.meetingsWithRequests(now, settledToo);
    }

    @Override
    @Coordinators
    public List<FollowedRequest> followedIn(Collection<Long> meetingIds) {
        return requests.followedIn(meetingIds).stream()
                .map(RequestsForLanguageServices::followed)
                .toList();
    }

    @Override
    @Coordinators
    public List<FollowedRequest> withIds(Collection<Long> ids) {
        return requests.withRsvps(ids).stream()
                .map(RequestsForLanguageServices::followed)
                .toList();
    }

    @Override
    @SystemUse(
            reason = "language services' listeners tell the interpreters booked at a meeting that moved, was "
                    + "called off or no longer needs them, under whoever made that change")
    public Map<Long, List<FollowedRequest>> bookedAt(long meetingId) {
        return byInterpreter(requests.bookedAt(meetingId));
    }

    @Override
    @Transactional
    @Coordinators
    public List<FollowedRequest> assign(Collection<Long> ids, long interpreterId) {
        Instant now = clock.instant();
        return change(ids, r -> r.assign(interpreterId, now));
    }

    @Override
    @Transactional
    @Coordinators
    public List<FollowedRequest> confirm(Collection<Long> ids) {
        Instant now = clock.instant();
        return change(ids, r -> r.confirm(now));
    }

    @Override
    @Transactional
    @Coordinators
    public List<FollowedRequest> markUnable(Collection<Long> ids, String reason) {
        Instant now = clock.instant();
        return change(ids, r -> r.unable(reason, now));
    }

    @Override
    @Transactional
    @SystemUse(reason = "language services' listener, inside the transaction of whoever moved the meeting")
    public Map<Long, List<FollowedRequest>> askAgainAt(long meetingId) {
        Map<Long, List<AccessRequest>> booked = requests.bookedAt(meetingId);
        booked.values().forEach(list -> list.forEach(r -> r.askAgain(clock.instant())));
        // Written with the change that moved the meeting; the notices need no new versions.
        return byInterpreter(booked);
    }

    @Override
    @Coordinators
    public List<DemandCount> demand(Collection<Long> meetingIds, Collection<RequestKind> kinds) {
        return demand.counts(meetingIds, kinds).stream()
                .map(row -> new DemandCount(
                        row.getMeetingId(), row.getKind(), row.getLanguage(), row.getStatus(), row.getPeople()))
                .toList();
    }

    @Override
    @Open(reason = "a date worked out from the district's published lead time; it says nothing about anyone")
    public LocalDate arrangeBy(LocalDate meetingDay) {
        return policy.arrangeBy(meetingDay);
    }

    @Override
    @SystemUse(
            reason = "language services' emails name the meeting as attendance's do; the caller has already "
                    + "read the meeting it passes")
    public MeetingFacts facts(MeetingSummary meeting) {
        return facts.of(meeting);
    }

    private List<FollowedRequest> change(Collection<Long> ids, Consumer<AccessRequest> step) {
        List<AccessRequest> found = requests.withRsvps(ids);
        found.forEach(step);
        requests.flush();
        return found.stream().map(RequestsForLanguageServices::followed).toList();
    }

    private static Map<Long, List<FollowedRequest>> byInterpreter(Map<Long, List<AccessRequest>> booked) {
        return booked.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().stream()
                                .map(RequestsForLanguageServices::followed)
                                .toList()));
    }

    private static FollowedRequest followed(AccessRequest r) {
        Rsvp rsvp = r.getRsvp();
        FollowedRequest.Requester requester = rsvp.guest()
                ? new FollowedRequest.Requester(
                        null, rsvp.getGuestName(), rsvp.getGuestEmail(), rsvp.getGuestLanguage())
                : new FollowedRequest.Requester(rsvp.getPersonId(), null, null, null);
        return new FollowedRequest(
                r.getId(),
                r.getVersion(),
                r.getMeetingId(),
                r.getKind(),
                r.getLanguageTag(),
                r.getInterpretationMode(),
                r.getAccommodationType(),
                r.getDetails(),
                r.getChildrenCount(),
                r.getChildrenAges(),
                r.getStatus(),
                r.isLate(),
                r.getRequestedAt(),
                r.getInterpreterId(),
                r.getUnableReason(),
                requester,
                rsvp.getResponse(),
                rsvp.getState() == RsvpState.WAITLISTED);
    }
}
