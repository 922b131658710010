package roundtable.attendance.checkin;

import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.attendance.AttendanceLimits;
import roundtable.attendance.RsvpRoll;
import roundtable.attendance.RsvpState;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.security.CurrentUser;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * Check-in at a meeting: the body's secretary (or chair, vice-chair, an administrator) marks who
 * came, in person or online, from the roster, the RSVPs and walk-ins, while check-in is open. The
 * sheet and the quorum are read through {@link CheckInSheets}.
 */
@Service
@Transactional(readOnly = true)
public class CheckInService {

    private final CheckInRepository checkIns;
    private final RsvpRoll rsvps;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final CheckInRoll roll;
    private final Clock clock;
    private final TransactionTemplate separately;

    CheckInService(
            CheckInRepository checkIns,
            RsvpRoll rsvps,
            MeetingService meetings,
            CommitteeService committees,
            CheckInRoll roll,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.checkIns = checkIns;
        this.rsvps = rsvps;
        this.meetings = meetings;
        this.committees = committees;
        this.roll = roll;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Marks someone present; doing it again (a second tap, another secretary) changes nothing. */
    @Transactional
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public CheckInOutcome checkIn(long meetingId, Attendee who, AttendanceMode mode) {
        return mark(meetingId, who, mode, null);
    }

    /**
     * Marks someone present, or changes how they take part. {@code expectedVersion} is the check-in's
     * version as the secretary saw it, null if they saw the person not yet checked in. Someone already
     * checked in by another secretary stays as they were checked in; a check-in changed or undone since
     * it was read is refused with {@link OptimisticLockingFailureException}.
     */
    @Transactional
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public CheckInOutcome checkIn(long meetingId, Attendee who, AttendanceMode mode, Long expectedVersion) {
        return mark(meetingId, who, mode, expectedVersion);
    }

    private CheckInOutcome mark(long meetingId, Attendee who, AttendanceMode mode, Long expectedVersion) {
        MeetingSummary meeting = openForCheckIn(meetingId);
        if (mode == null) {
            throw new RuleViolationException("mode", "checkin.error.mode-required");
        }
        Attendee target = resolve(meetingId, who);
        Optional<CheckIn> existing = find(meetingId, target);
        if (existing.isPresent()) {
            CheckIn found = existing.get();
            if (expectedVersion != null && found.getVersion() != expectedVersion) {
                throw stale(meetingId);
            }
            if (found.getMode() == mode || expectedVersion == null) {
                return CheckInOutcome.ALREADY_SO;
            }
            found.changeMode(mode, CurrentUser.personId().orElse(null));
            checkIns.flush();
            return CheckInOutcome.DONE;
        }
        if (expectedVersion != null || target.walkInId() != null) {
            throw stale(meetingId);
        }
        requireExpected(meeting, target);
        CheckIn row = target.personId() != null
                ? CheckIn.person(
                        meetingId,
                        target.personId(),
                        mode,
                        clock.instant(),
                        CurrentUser.personId().orElse(null))
                : CheckIn.guest(
                        meetingId,
                        target.rsvpId(),
                        mode,
                        clock.instant(),
                        CurrentUser.personId().orElse(null));
        try {
            // On its own, so that losing the race to another secretary leaves this transaction usable.
            separately.executeWithoutResult(status -> checkIns.saveAndFlush(row));
        } catch (DataIntegrityViolationException sameMoment) {
            if (find(meetingId, target).isPresent()) {
                return CheckInOutcome.ALREADY_SO;
            }
            throw sameMoment;
        }
        return CheckInOutcome.DONE;
    }

    /**
     * Takes back a check-in (tapped the wrong name); a walk-in leaves the sheet. Undoing what is
     * already undone changes nothing; undoing a check-in someone changed since it was read is refused.
     */
    @Transactional
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public CheckInOutcome undoCheckIn(long meetingId, Attendee who, long expectedVersion) {
        openForCheckIn(meetingId);
        Attendee target = resolve(meetingId, who);
        Optional<CheckIn> existing = find(meetingId, target);
        if (existing.isEmpty()) {
            return CheckInOutcome.ALREADY_SO;
        }
        if (existing.get().getVersion() != expectedVersion) {
            throw stale(meetingId);
        }
        if (checkIns.deleteAsRead(existing.get().getId(), expectedVersion) == 0) {
            if (find(meetingId, target).isEmpty()) {
                return CheckInOutcome.ALREADY_SO;
            }
            throw stale(meetingId);
        }
        return CheckInOutcome.DONE;
    }

    /**
     * Adds someone who is on no list. The same name twice is the same walk-in (a second tap); a name
     * already on the list is refused, so nobody is counted twice and a member keeps their vote.
     */
    @Transactional
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public CheckInOutcome addWalkIn(long meetingId, String name, AttendanceMode mode) {
        MeetingSummary meeting = openForCheckIn(meetingId);
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > AttendanceLimits.NAME) {
            throw new RuleViolationException("name", "checkin.error.walk-in-name", AttendanceLimits.NAME);
        }
        PlainText.require("name", clean);
        if (mode == null) {
            throw new RuleViolationException("mode", "checkin.error.mode-required");
        }
        String key = NameMatch.key(clean);
        for (CheckInRoll.Line line : roll.roll(meeting).lines()) {
            if (line.entry().name() != null
                    && NameMatch.key(line.entry().name()).equals(key)) {
                if (line.entry().kind() == AttendeeKind.WALK_IN) {
                    return CheckInOutcome.ALREADY_SO;
                }
                throw new RuleViolationException(
                        "name", "checkin.error.on-the-list", line.entry().name());
            }
        }
        checkIns.saveAndFlush(CheckIn.walkIn(
                meetingId, clean, mode, clock.instant(), CurrentUser.personId().orElse(null)));
        return CheckInOutcome.DONE;
    }

    private MeetingSummary openForCheckIn(long meetingId) {
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow();
        return switch (roll.window(meeting)) {
            case OPEN -> meeting;
            case NOT_HELD -> throw new RuleViolationException("meeting", "checkin.error.not-held");
            case NOT_YET ->
                throw new RuleViolationException(
                        "meeting", "checkin.error.too-early", CheckInRoll.OPENS_BEFORE_START.toHours());
            case CLOSED ->
                throw new RuleViolationException(
                        "meeting", "checkin.error.closed", CheckInRoll.STAYS_OPEN_AFTER_END.toDays());
        };
    }

    /** A member's RSVP stands for the member: they are checked in as a person, once, whichever row was tapped. */
    private Attendee resolve(long meetingId, Attendee who) {
        if (who.rsvpId() == null) {
            return who;
        }
        RsvpRoll.Answer rsvp = rsvps.answer(meetingId, who.rsvpId())
                .orElseThrow(() -> new RuleViolationException("meeting", "checkin.error.not-expected"));
        return rsvp.guest() ? who : Attendee.person(rsvp.personId());
    }

    private Optional<CheckIn> find(long meetingId, Attendee who) {
        if (who.personId() != null) {
            return checkIns.findByMeetingIdAndPersonId(meetingId, who.personId());
        }
        if (who.rsvpId() != null) {
            return checkIns.findByMeetingIdAndRsvpId(meetingId, who.rsvpId());
        }
        return checkIns.findById(who.walkInId())
                .filter(c -> c.getMeetingId() == meetingId && c.getWalkInName() != null);
    }

    /** Only those the sheet lists: the body's members, and those who RSVP'd (guests once they confirmed). */
    private void requireExpected(MeetingSummary meeting, Attendee who) {
        boolean expected = who.personId() != null
                ? committees.currentMemberIds(meeting.bodyId()).contains(who.personId())
                        || rsvps.answerOf(meeting.id(), who.personId())
                                .filter(r -> r.state() != RsvpState.CANCELLED)
                                .isPresent()
                : rsvps.answer(meeting.id(), who.rsvpId())
                        .filter(RsvpRoll.Answer::expectedGuest)
                        .isPresent();
        if (!expected) {
            throw new RuleViolationException("meeting", "checkin.error.not-expected");
        }
    }

    private static OptimisticLockingFailureException stale(long meetingId) {
        return new OptimisticLockingFailureException(
                "A check-in at meeting " + meetingId + " changed since it was read");
    }
}
