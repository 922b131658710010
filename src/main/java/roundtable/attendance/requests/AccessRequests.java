package roundtable.attendance.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.RequestKind;
import roundtable.meetings.MeetingSummary;

/**
 * The requests people made with their RSVPs, as language services reads and arranges them. Only
 * requests from people who count are followed: confirmed or waiting for a place, not guests who
 * never confirmed their address, and nothing withdrawn. The coordinator's steps are flushed, so
 * the records they return carry the versions the next step must present.
 */
public interface AccessRequests {

    /**
     * Meetings with requests still followed after {@code now}: those waiting for the coordinator, and
     * with {@code settledToo} those confirmed or found impossible as well.
     */
    List<Long> meetingsFollowed(Instant now, boolean settledToo);

    /** Those meetings' followed requests, oldest first. */
    List<FollowedRequest> followedIn(Collection<Long> meetingIds);

    /** The requests with these ids, whatever their state, by id; missing ones are left out. */
    List<FollowedRequest> withIds(Collection<Long> ids);

    /** Who is booked at a meeting, with what: requests being arranged or confirmed, by interpreter. */
    Map<Long, List<FollowedRequest>> bookedAt(long meetingId);

    /** Gives the requests to an interpreter: being arranged, and any earlier "could not" forgotten. */
    List<FollowedRequest> assign(Collection<Long> ids, long interpreterId);

    /** Arranged. */
    List<FollowedRequest> confirm(Collection<Long> ids);

    /** Cannot be arranged, for this reason; whoever was assigned is released. */
    List<FollowedRequest> markUnable(Collection<Long> ids, String reason);

    /**
     * The meeting moved: its confirmed bookings go back to being arranged, so the interpreter is asked
     * again. Returns who is booked there, as {@link #bookedAt} would.
     */
    Map<Long, List<FollowedRequest>> askAgainAt(long meetingId);

    /** Followed requests of these kinds at these meetings, counted by meeting, kind, language and status. */
    List<DemandCount> demand(Collection<Long> meetingIds, Collection<RequestKind> kinds);

    /** The last day to confirm what was asked for a meeting on this day; after it, it is overdue. */
    LocalDate arrangeBy(LocalDate meetingDay);

    /** What every email about the meeting names, as attendance's own emails name it. */
    MeetingFacts facts(MeetingSummary meeting);
}
