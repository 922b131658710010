package roundtable.languageservices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.RequestKind;
import roundtable.attendance.RequestStatus;
import roundtable.attendance.requests.AccessRequests;
import roundtable.attendance.requests.FollowedRequest;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.security.Coordinators;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonSummary;

/**
 * The language services coordinator's desk: every request for an upcoming meeting, grouped by
 * meeting and by what was asked, most urgent meeting first, and whom each could go to. Counts are
 * free to read; who asked and what they wrote is read one group at a time, and each reading is
 * audited, as is the export for a vendor. The steps themselves are {@link RequestArrangements}.
 */
@Service
@Transactional(readOnly = true)
@Coordinators
public class AccessRequestDesk {

    private final FollowedRequests followed;
    private final AccessRequests requests;
    private final InterpreterRoster roster;
    private final AuditService audit;
    private final Clock clock;

    AccessRequestDesk(
            FollowedRequests followed,
            AccessRequests requests,
            InterpreterRoster roster,
            AuditService audit,
            Clock clock) {
        this.followed = followed;
        this.requests = requests;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of upcoming meetings with requests, soonest first; with {@code settledToo}, those all arranged as well. */
    public List<MeetingRequests> queue(boolean settledToo, int offset, int limit) {
        List<MeetingSummary> upcoming = followed.upcoming(settledToo);
        List<MeetingSummary> page = upcoming.subList(
                Math.min(offset, upcoming.size()), Math.min(offset + Math.max(limit, 0), upcoming.size()));
        Map<Long, List<FollowedRequest>> byMeeting =
                requests.followedIn(page.stream().map(MeetingSummary::id).toList()).stream()
                        .collect(Collectors.groupingBy(FollowedRequest::meetingId));
        Map<Long, String> interpreterNames = followed.interpreterNames(
                byMeeting.values().stream().flatMap(List::stream).toList());
        List<MeetingRequests> result = new ArrayList<>();
        for (MeetingSummary meeting : page) {
            List<RequestGroup> groups = groups(byMeeting.getOrDefault(meeting.id(), List.of()), interpreterNames);
            LocalDate arrangeBy = requests.arrangeBy(meeting.startsAtLocal().toLocalDate());
            boolean overdue = LocalDate.now(clock.withZone(meeting.zone())).isAfter(arrangeBy)
                    && groups.stream().anyMatch(RequestGroup::needsAction);
            result.add(
                    new MeetingRequests(requests.facts(meeting), meeting.publicMeeting(), arrangeBy, overdue, groups));
        }
        return result;
    }

    public long countQueue(boolean settledToo) {
        return followed.upcoming(settledToo).size();
    }

    /**
     * Who asked, and what they wrote, in one group of a meeting (or all of its groups, with a null
     * key). Private details: every reading is written to the audit trail.
     */
    @Transactional
    public List<RequestLine> requestsIn(long meetingId, String groupKey) {
        MeetingSummary meeting = followed.meeting(meetingId);
        List<FollowedRequest> found = requests.followedIn(List.of(meetingId)).stream()
                .filter(r -> groupKey == null || FollowedRequests.groupKey(r).equals(groupKey))
                .toList();
        Map<Long, PersonSummary> members = followed.membersAmong(found);
        Map<Long, String> names = followed.interpreterNames(found);
        List<RequestLine> lines = new ArrayList<>();
        for (FollowedRequest r : found) {
            FollowedRequests.Requester who = FollowedRequests.requester(r, members);
            lines.add(new RequestLine(
                    r.id(),
                    r.version(),
                    who == null ? null : who.name(),
                    who == null ? null : who.email(),
                    r.requester().guest(),
                    r.response(),
                    r.waitlisted(),
                    r.kind(),
                    r.languageTag(),
                    r.mode(),
                    r.accommodationType(),
                    r.details(),
                    r.childrenCount(),
                    r.childrenAges(),
                    r.status(),
                    r.late(),
                    r.requestedAt(),
                    names.get(r.interpreterId()),
                    r.unableReason()));
        }
        audit.record(new AuditEntry(
                "access-request.details-viewed",
                "meeting",
                meetingId,
                meeting.bodyId(),
                "Viewed " + lines.size() + " access request(s)" + (groupKey == null ? "" : " (" + groupKey + ")")
                        + " for " + meeting.title() + " on "
                        + meeting.startsAtLocal().toLocalDate(),
                null,
                null));
        return lines;
    }

    /**
     * Whom requests can go to: active roster members for that language who work in every mode
     * asked for (written translation for a translation).
     */
    public List<InterpreterSummary> candidatesFor(RequestKind kind, String languageTag, Set<InterpretationMode> modes) {
        Set<WorkingMode> needed = kind == RequestKind.TRANSLATION
                ? Set.of(WorkingMode.WRITTEN_TRANSLATION)
                : modes.stream().map(FollowedRequests::workingMode).collect(Collectors.toSet());
        return roster.availableFor(languageTag, null).stream()
                .filter(i -> i.modes().containsAll(needed) && !i.modes().isEmpty())
                .filter(i -> kind == RequestKind.TRANSLATION
                        || i.modes().stream().anyMatch(m -> m != WorkingMode.WRITTEN_TRANSLATION))
                .toList();
    }

    /**
     * What a vendor needs to staff the coming meetings: per meeting, language and mode, how many
     * people and who is assigned. Nobody's name or details; the export itself is audited.
     */
    @Transactional
    public List<VendorRow> vendorRows(boolean settledToo) {
        List<MeetingSummary> upcoming = followed.upcoming(settledToo);
        Map<Long, List<FollowedRequest>> byMeeting =
                requests.followedIn(upcoming.stream().map(MeetingSummary::id).toList()).stream()
                        .filter(FollowedRequest::needsInterpreter)
                        .filter(r -> r.status() != RequestStatus.UNABLE)
                        .collect(Collectors.groupingBy(FollowedRequest::meetingId));
        Map<Long, String> names = followed.interpreterNames(
                byMeeting.values().stream().flatMap(List::stream).toList());
        List<VendorRow> rows = new ArrayList<>();
        for (MeetingSummary meeting : upcoming) {
            Map<String, List<FollowedRequest>> lines = byMeeting.getOrDefault(meeting.id(), List.of()).stream()
                    .collect(Collectors.groupingBy(
                            r -> r.kind() + "|" + r.languageTag() + "|" + r.mode(),
                            LinkedHashMap::new,
                            Collectors.toList()));
            for (List<FollowedRequest> same : lines.values()) {
                FollowedRequest first = same.get(0);
                // A closed meeting's way in goes to a vendor only once they are booked for it, by email.
                boolean open = meeting.publicMeeting();
                rows.add(new VendorRow(
                        requests.facts(meeting),
                        open ? meeting.onlineUrl() : null,
                        open ? meeting.dialIn() : null,
                        first.kind(),
                        first.languageTag(),
                        first.mode(),
                        same.size(),
                        same.stream()
                                .filter(r -> r.status() == RequestStatus.CONFIRMED)
                                .count(),
                        same.stream()
                                .map(r -> names.get(r.interpreterId()))
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList()));
            }
        }
        audit.record(new AuditEntry(
                "access-request.exported",
                "access_request",
                null,
                null,
                "Exported " + rows.size() + " interpretation and translation line(s) for a vendor",
                null,
                null));
        return rows;
    }

    private static List<RequestGroup> groups(List<FollowedRequest> all, Map<Long, String> interpreterNames) {
        Map<String, List<FollowedRequest>> byKey = all.stream()
                .collect(Collectors.groupingBy(FollowedRequests::groupKey, LinkedHashMap::new, Collectors.toList()));
        List<RequestGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<FollowedRequest>> e : byKey.entrySet()) {
            List<FollowedRequest> same = e.getValue();
            FollowedRequest first = same.get(0);
            Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
            Map<InterpretationMode, Long> byMode = new EnumMap<>(InterpretationMode.class);
            long children = 0;
            for (FollowedRequest r : same) {
                byStatus.merge(r.status(), 1L, Long::sum);
                if (r.mode() != null) {
                    byMode.merge(r.mode(), 1L, Long::sum);
                }
                children += r.childrenCount() == null ? 0 : r.childrenCount();
            }
            groups.add(new RequestGroup(
                    e.getKey(),
                    first.kind(),
                    first.languageTag(),
                    first.accommodationType(),
                    same.stream()
                            .map(r -> new RequestRef(r.id(), r.version(), r.status(), r.interpreterId() != null))
                            .toList(),
                    byStatus,
                    byMode,
                    children,
                    first.requestedAt(),
                    same.stream().filter(FollowedRequest::late).count(),
                    same.stream().anyMatch(AccessRequestDesk::needsAction),
                    same.stream()
                            .map(r -> interpreterNames.get(r.interpreterId()))
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList()));
        }
        // Groups still waiting for the coordinator come first, the longest-waiting first among them.
        groups.sort(Comparator.comparing((RequestGroup g) -> !g.needsAction())
                .thenComparing(RequestGroup::oldestRequestedAt));
        return groups;
    }

    private static boolean needsAction(FollowedRequest r) {
        return r.status() == RequestStatus.OPEN || r.status() == RequestStatus.ASSIGNED;
    }
}
