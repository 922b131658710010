package roundtable.languageservices;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.RequestKind;
import roundtable.attendance.requests.AccessRequests;
import roundtable.attendance.requests.FollowedRequest;
import roundtable.base.i18n.Language;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * What the desk and the arranging steps both read: the upcoming meetings with requests, soonest
 * first, their meetings, the names of the interpreters assigned, and who asked.
 */
@Component
class FollowedRequests {

    /** Whom a request's news goes to, in their language; null for a member whose data was erased. */
    record Requester(String name, String email, Language language) {}

    private final AccessRequests requests;
    private final MeetingService meetings;
    private final PersonService people;
    private final InterpreterRoster roster;
    private final Clock clock;

    FollowedRequests(
            AccessRequests requests,
            MeetingService meetings,
            PersonService people,
            InterpreterRoster roster,
            Clock clock) {
        this.requests = requests;
        this.meetings = meetings;
        this.people = people;
        this.roster = roster;
        this.clock = clock;
    }

    /** Scheduled meetings not yet over with requests followed, soonest first. */
    List<MeetingSummary> upcoming(boolean settledToo) {
        Instant now = clock.instant();
        return meetings.forLanguageServices(requests.meetingsFollowed(now, settledToo)).values().stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED
                        && m.endsAt().toInstant().isAfter(now))
                .sorted(Comparator.comparing((MeetingSummary m) -> m.startsAt().toInstant())
                        .thenComparing(MeetingSummary::id))
                .toList();
    }

    MeetingSummary meeting(long meetingId) {
        MeetingSummary meeting =
                meetings.forLanguageServices(List.of(meetingId)).get(meetingId);
        if (meeting == null) {
            throw new AccessDeniedException("No such meeting");
        }
        return meeting;
    }

    Map<Long, MeetingSummary> meetingsOf(Collection<FollowedRequest> found) {
        return meetings.forLanguageServices(
                found.stream().map(FollowedRequest::meetingId).collect(Collectors.toSet()));
    }

    Map<Long, String> interpreterNames(Collection<FollowedRequest> found) {
        Set<Long> ids = interpretersOf(found);
        // A HashMap: requests without an interpreter look up a null key.
        return ids.isEmpty()
                ? new HashMap<>()
                : roster.interpreters(ids).values().stream()
                        .collect(Collectors.toMap(
                                InterpreterSummary::id, InterpreterSummary::name, (a, b) -> a, HashMap::new));
    }

    static Set<Long> interpretersOf(Collection<FollowedRequest> found) {
        return found.stream()
                .map(FollowedRequest::interpreterId)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The members among those who asked, with their contacts, in one lookup. */
    Map<Long, PersonSummary> membersAmong(Collection<FollowedRequest> found) {
        return people.contacts(found.stream()
                .map(FollowedRequest::requester)
                .filter(r -> !r.guest())
                .map(FollowedRequest.Requester::personId)
                .collect(Collectors.toSet()));
    }

    static Requester requester(FollowedRequest r, Map<Long, PersonSummary> members) {
        FollowedRequest.Requester who = r.requester();
        if (who.guest()) {
            return new Requester(who.guestName(), who.guestEmail(), who.guestLanguage());
        }
        PersonSummary p = members.get(who.personId());
        return p == null || p.anonymised() ? null : new Requester(p.fullName(), p.email(), p.language());
    }

    /** Requests for the same thing at one meeting share a group: kind, and language or accommodation. */
    static String groupKey(FollowedRequest r) {
        return r.kind()
                + (r.languageTag() != null
                        ? ":" + r.languageTag()
                        : r.accommodationType() != null ? ":" + r.accommodationType() : "");
    }

    /** How the interpreter must be able to work for this request. */
    static WorkingMode modeNeeded(FollowedRequest r) {
        if (r.kind() == RequestKind.TRANSLATION) {
            return WorkingMode.WRITTEN_TRANSLATION;
        }
        return workingMode(r.mode() == null ? InterpretationMode.IN_PERSON : r.mode());
    }

    static WorkingMode workingMode(InterpretationMode mode) {
        return WorkingMode.valueOf(mode.name());
    }
}
