package roundtable.attendance;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.security.CurrentUser;
import roundtable.committees.CommitteeAccess;
import roundtable.committees.CommitteeService;
import roundtable.committees.VotingComposition;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * Check-in at a meeting: the body's secretary (or chair, vice-chair, an administrator) marks who
 * came, in person or online, from the roster, the RSVPs and walk-ins, and sees whether there is
 * a quorum. The minutes read the result through {@link #attendanceOf(long)}.
 */
@Service
@Transactional(readOnly = true)
public class CheckInService {

    /** Time to set up at the door before the first people arrive. */
    static final Duration OPENS_BEFORE_START = Duration.ofHours(2);
    /** Time to catch up afterwards, from a paper sign-in sheet or the online meeting's list. */
    static final Duration STAYS_OPEN_AFTER_END = Duration.ofDays(7);

    private final CheckInRepository checkIns;
    private final RsvpRepository rsvps;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final CommitteeAccess access;
    private final PersonService people;
    private final Clock clock;
    private final TransactionTemplate separately;

    CheckInService(CheckInRepository checkIns, RsvpRepository rsvps, MeetingService meetings,
            CommitteeService committees, CommitteeAccess access, PersonService people, Clock clock,
            PlatformTransactionManager transactions) {
        this.checkIns = checkIns;
        this.rsvps = rsvps;
        this.meetings = meetings;
        this.committees = committees;
        this.access = access;
        this.people = people;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Everyone expected at the meeting and who has checked in; readable outside the check-in window too. */
    public CheckInSheet checkInSheet(long meetingId) {
        MeetingSummary meeting = recordable(meetingId);
        Roll roll = roll(meeting);
        return new CheckInSheet(meeting, opensAt(meeting), closesAt(meeting), window(meeting),
                roll.lines().stream().map(Line::entry).toList(), roll.headcount());
    }

    /** Who was present, for the minutes: people with their ids where they have an account, and the quorum. */
    public MeetingAttendance attendanceOf(long meetingId) {
        MeetingSummary meeting = recordable(meetingId);
        Roll roll = roll(meeting);
        return new MeetingAttendance(meetingId, roll.lines().stream().filter(l -> l.checkIn() != null)
                .map(l -> new MeetingAttendance.Present(l.entry().who().personId(), l.entry().name(), l.entry().kind(),
                        l.entry().votingMember(), l.checkIn().getMode(), l.checkIn().getCheckedInAt()))
                .toList(), roll.headcount());
    }

    /** Whether the signed-in person may check people in at this meeting now: its page links here only then. */
    public boolean mayCheckIn(MeetingSummary meeting) {
        return open(meeting) && access.canRecord(meeting.bodyId());
    }

    /** Marks someone present; doing it again (a second tap, another secretary) changes nothing. */
    @Transactional
    public CheckInOutcome checkIn(long meetingId, Attendee who, AttendanceMode mode) {
        return checkIn(meetingId, who, mode, null);
    }

    /**
     * Marks someone present, or changes how they take part. {@code expectedVersion} is the check-in's
     * version as the secretary saw it, null if they saw the person not yet checked in. Someone already
     * checked in by another secretary stays as they were checked in; a check-in changed or undone since
     * it was read is refused with {@link OptimisticLockingFailureException}.
     */
    @Transactional
    public CheckInOutcome checkIn(long meetingId, Attendee who, AttendanceMode mode, Long expectedVersion) {
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
                ? CheckIn.person(meetingId, target.personId(), mode, clock.instant(), CurrentUser.personId().orElse(null))
                : CheckIn.guest(meetingId, target.rsvpId(), mode, clock.instant(), CurrentUser.personId().orElse(null));
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
        for (Line line : roll(meeting).lines()) {
            if (line.entry().name() != null && NameMatch.key(line.entry().name()).equals(key)) {
                if (line.entry().kind() == AttendeeKind.WALK_IN) {
                    return CheckInOutcome.ALREADY_SO;
                }
                throw new RuleViolationException("name", "checkin.error.on-the-list", line.entry().name());
            }
        }
        checkIns.saveAndFlush(CheckIn.walkIn(meetingId, clean, mode, clock.instant(),
                CurrentUser.personId().orElse(null)));
        return CheckInOutcome.DONE;
    }

    private ZonedDateTime opensAt(MeetingSummary meeting) {
        return meeting.startsAt().minus(OPENS_BEFORE_START);
    }

    private ZonedDateTime closesAt(MeetingSummary meeting) {
        return meeting.endsAt().plus(STAYS_OPEN_AFTER_END);
    }

    private boolean open(MeetingSummary meeting) {
        return window(meeting) == CheckInSheet.Window.OPEN;
    }

    private CheckInSheet.Window window(MeetingSummary meeting) {
        if (meeting.status() != MeetingStatus.SCHEDULED && meeting.status() != MeetingStatus.HELD) {
            return CheckInSheet.Window.NOT_HELD;
        }
        if (clock.instant().isBefore(opensAt(meeting).toInstant())) {
            return CheckInSheet.Window.NOT_YET;
        }
        return clock.instant().isAfter(closesAt(meeting).toInstant()) ? CheckInSheet.Window.CLOSED
                : CheckInSheet.Window.OPEN;
    }

    private MeetingSummary recordable(long meetingId) {
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("No such meeting"));
        if (!access.canRecord(meeting.bodyId())) {
            throw new AccessDeniedException("Only the body's secretary, chair or vice-chair checks people in");
        }
        return meeting;
    }

    private MeetingSummary openForCheckIn(long meetingId) {
        MeetingSummary meeting = recordable(meetingId);
        return switch (window(meeting)) {
            case OPEN -> meeting;
            case NOT_HELD -> throw new RuleViolationException("meeting", "checkin.error.not-held");
            case NOT_YET -> throw new RuleViolationException("meeting", "checkin.error.too-early",
                    OPENS_BEFORE_START.toHours());
            case CLOSED -> throw new RuleViolationException("meeting", "checkin.error.closed",
                    STAYS_OPEN_AFTER_END.toDays());
        };
    }

    /** A member's RSVP stands for the member: they are checked in as a person, once, whichever row was tapped. */
    private Attendee resolve(long meetingId, Attendee who) {
        if (who.rsvpId() == null) {
            return who;
        }
        Rsvp rsvp = rsvps.findById(who.rsvpId()).filter(r -> r.getMeetingId() == meetingId)
                .orElseThrow(() -> new RuleViolationException("meeting", "checkin.error.not-expected"));
        return rsvp.guest() ? who : Attendee.person(rsvp.getPersonId());
    }

    private Optional<CheckIn> find(long meetingId, Attendee who) {
        if (who.personId() != null) {
            return checkIns.findByMeetingIdAndPersonId(meetingId, who.personId());
        }
        if (who.rsvpId() != null) {
            return checkIns.findByMeetingIdAndRsvpId(meetingId, who.rsvpId());
        }
        return checkIns.findById(who.walkInId()).filter(c -> c.getMeetingId() == meetingId && c.getWalkInName() != null);
    }

    /** Only those the sheet lists: the body's members, and those who RSVP'd (guests once they confirmed). */
    private void requireExpected(MeetingSummary meeting, Attendee who) {
        boolean expected = who.personId() != null
                ? committees.currentMemberIds(meeting.bodyId()).contains(who.personId())
                        || rsvps.findByMeetingIdAndPersonId(meeting.id(), who.personId())
                                .filter(r -> r.getState() != RsvpState.CANCELLED).isPresent()
                : rsvps.findById(who.rsvpId()).filter(CheckInService::expectedGuest).isPresent();
        if (!expected) {
            throw new RuleViolationException("meeting", "checkin.error.not-expected");
        }
    }

    private static boolean expectedGuest(Rsvp rsvp) {
        return rsvp.guest() && (rsvp.getState() == RsvpState.CONFIRMED || rsvp.getState() == RsvpState.WAITLISTED);
    }

    private static OptimisticLockingFailureException stale(long meetingId) {
        return new OptimisticLockingFailureException("A check-in at meeting " + meetingId + " changed since it was read");
    }

    /** One line of the sheet with the check-in behind it (null until checked in). */
    private record Line(CheckInSheet.Entry entry, CheckIn checkIn) {
    }

    private record Roll(List<Line> lines, Headcount headcount) {
    }

    /**
     * The sheet: members from the roster on the meeting's day, people and guests from the RSVPs, walk-ins from the
     * check-ins, and anyone checked in who has since left those lists, sorted by name.
     */
    private Roll roll(MeetingSummary meeting) {
        VotingComposition composition = committees.votingComposition(meeting.bodyId(),
                meeting.startsAtLocal().toLocalDate());
        Map<Long, Boolean> votingByMember = new LinkedHashMap<>();
        composition.seats().forEach(s -> votingByMember.merge(s.personId(), s.voting(), Boolean::logicalOr));
        List<Rsvp> answers = rsvps.findByMeetingId(meeting.id());
        List<CheckIn> present = checkIns.findByMeetingId(meeting.id());
        Map<Long, CheckIn> byPerson = present.stream().filter(c -> c.getPersonId() != null)
                .collect(Collectors.toMap(CheckIn::getPersonId, Function.identity()));
        Map<Long, CheckIn> byRsvp = present.stream().filter(c -> c.getRsvpId() != null)
                .collect(Collectors.toMap(CheckIn::getRsvpId, Function.identity()));
        Map<Long, Rsvp> personRsvps = answers.stream().filter(r -> !r.guest() && r.getState() != RsvpState.CANCELLED)
                .collect(Collectors.toMap(Rsvp::getPersonId, Function.identity()));

        Set<Long> personIds = new LinkedHashSet<>(votingByMember.keySet());
        personIds.addAll(personRsvps.keySet());
        personIds.addAll(byPerson.keySet());
        Map<Long, PersonSummary> names = people.contacts(personIds);
        List<Line> lines = new ArrayList<>();
        for (long id : personIds) {
            PersonSummary person = names.get(id);
            boolean member = votingByMember.containsKey(id);
            lines.add(line(Attendee.person(id), person == null || person.anonymised() ? null : person.fullName(),
                    member ? AttendeeKind.MEMBER : AttendeeKind.ATTENDEE, member && votingByMember.get(id),
                    personRsvps.get(id), byPerson.get(id)));
        }
        for (Rsvp rsvp : answers) {
            if (rsvp.guest() && (expectedGuest(rsvp) || byRsvp.containsKey(rsvp.getId()))) {
                lines.add(line(Attendee.guest(rsvp.getId()), rsvp.getGuestName(), AttendeeKind.GUEST, false, rsvp,
                        byRsvp.get(rsvp.getId())));
            }
        }
        for (CheckIn walkIn : present) {
            if (walkIn.getWalkInName() != null) {
                lines.add(line(Attendee.walkIn(walkIn.getId()), walkIn.getWalkInName(), AttendeeKind.WALK_IN, false,
                        null, walkIn));
            }
        }
        Collator collator = Collator.getInstance(Locale.ROOT);
        lines.sort(Comparator.comparing((Line l) -> l.entry().name(), Comparator.nullsLast(collator)));
        return new Roll(lines, headcount(lines, votingByMember, composition));
    }

    private static Line line(Attendee who, String name, AttendeeKind kind, boolean voting, Rsvp rsvp, CheckIn checkIn) {
        return new Line(new CheckInSheet.Entry(who, name, kind, voting, rsvp == null ? null : rsvp.getResponse(),
                rsvp == null ? null : rsvp.getState(), checkIn == null ? null : checkIn.getMode(),
                checkIn == null ? null : checkIn.getVersion()), checkIn);
    }

    /**
     * The quorum follows the body's own rule as {@link VotingComposition} states it: the fixed number an
     * administrator set on the body when there is one, otherwise a majority of the voting seats filled.
     * Seats are today's: check-in and the minutes' draft come within days of the meeting, and a term that
     * ended in between would at worst move the figure by one seat.
     */
    private static Headcount headcount(List<Line> lines, Map<Long, Boolean> votingByMember,
            VotingComposition composition) {
        List<CheckInSheet.Entry> in = lines.stream().map(Line::entry).filter(CheckInSheet.Entry::checkedIn).toList();
        int inPerson = (int) in.stream().filter(e -> e.mode() == AttendanceMode.IN_PERSON).count();
        int votingPresent = (int) in.stream().filter(CheckInSheet.Entry::votingMember).count();
        int votingSeats = (int) votingByMember.values().stream().filter(Boolean::booleanValue).count();
        return new Headcount(in.size(), inPerson, in.size() - inPerson,
                new Quorum(votingPresent, votingSeats, composition.quorumNeeded()));
    }
}
