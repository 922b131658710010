package roundtable.attendance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.security.CurrentUser;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingCancelled;
import roundtable.meetings.MeetingChanged;
import roundtable.meetings.MeetingScheduled;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonAnonymised;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * When a meeting is scheduled, each of the body's current members is invited, in their own
 * language, with one-click answers. A recurring series is announced once, with its first meeting
 * still ahead; the others are on the meeting pages, not in a hundred emails.
 */
@Component
class RsvpInvitations {

    private final RsvpInvitationRepository invitations;
    private final RsvpRepository rsvps;
    private final InvitationLinks links;
    private final MeetingFactsSource facts;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final PersonService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RsvpInvitations(
            RsvpInvitationRepository invitations,
            RsvpRepository rsvps,
            InvitationLinks links,
            MeetingFactsSource facts,
            MeetingService meetings,
            CommitteeService committees,
            PersonService people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invitations = invitations;
        this.rsvps = rsvps;
        this.links = links;
        this.facts = facts;
        this.meetings = meetings;
        this.committees = committees;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Runs inside the scheduling transaction, as the person scheduling (who may read a closed
     * meeting and the members' addresses); the emails go after the commit. Meetings the system puts
     * on the calendar by itself (the demo data at start-up) invite nobody.
     */
    @EventListener
    @Transactional
    void meetingScheduled(MeetingScheduled event) {
        if (CurrentUser.personId().isEmpty()) {
            return;
        }
        MeetingSummary meeting = meetings.find(event.meetingId()).orElse(null);
        if (meeting == null
                || meeting.status() != MeetingStatus.SCHEDULED
                || !clock.instant().isBefore(meeting.startsAt().toInstant())
                || (meeting.seriesId() != null && invitations.existsBySeriesId(meeting.seriesId()))) {
            return;
        }
        Set<Long> members = committees.currentMemberIds(meeting.bodyId());
        Map<Long, RsvpInvitation> already = invitations.findByMeetingIdAndPersonIdIn(meeting.id(), members).stream()
                .collect(Collectors.toMap(RsvpInvitation::getPersonId, Function.identity()));
        MeetingFacts about = facts.of(meeting);
        for (PersonSummary person : people.contacts(members).values()) {
            if (person.anonymised() || person.email() == null || person.email().isBlank()) {
                continue;
            }
            RsvpInvitation invitation = already.computeIfAbsent(
                    person.id(),
                    id -> invitations.save(new RsvpInvitation(meeting.id(), id, meeting.seriesId(), clock.instant())));
            events.publishEvent(new RsvpInvited(
                    invitation.getId(),
                    meeting.sequence(),
                    person.fullName(),
                    person.email(),
                    person.language(),
                    about,
                    meeting.seriesId() != null,
                    links.link(invitation, meeting),
                    Response.offeredFor(meeting.format()),
                    false));
        }
    }

    /**
     * Members invited who have not answered yet hold an email with the old time or place: they get
     * the meeting as it is now, with fresh links (the old ones close at the old start).
     */
    @EventListener
    @Transactional
    void meetingChanged(MeetingChanged event) {
        if (event.whenOrWhereChanged()) {
            tellThoseWhoHaveNotAnswered(event.meetingId(), null, false);
        }
    }

    @EventListener
    @Transactional
    void meetingCancelled(MeetingCancelled event) {
        tellThoseWhoHaveNotAnswered(event.meetingId(), event.reason(), true);
    }

    private void tellThoseWhoHaveNotAnswered(long meetingId, String reason, boolean cancelled) {
        MeetingSummary meeting = meetings.find(meetingId).orElse(null);
        List<RsvpInvitation> invited = invitations.findByMeetingId(meetingId);
        if (meeting == null || invited.isEmpty()) {
            return;
        }
        // Those who answered hear from the attendance notices already.
        Set<Long> answered = rsvps.findByMeetingId(meetingId).stream()
                .map(Rsvp::getPersonId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, RsvpInvitation> waiting = invited.stream()
                .filter(i -> !answered.contains(i.getPersonId()))
                .collect(Collectors.toMap(RsvpInvitation::getPersonId, Function.identity()));
        MeetingFacts about = facts.of(meeting);
        for (PersonSummary person : people.contacts(waiting.keySet()).values()) {
            if (person.anonymised() || person.email() == null || person.email().isBlank()) {
                continue;
            }
            RsvpInvitation invitation = waiting.get(person.id());
            if (cancelled) {
                events.publishEvent(new InvitationCancelled(
                        invitation.getId(),
                        meeting.sequence(),
                        person.fullName(),
                        person.email(),
                        person.language(),
                        about,
                        reason));
            } else {
                events.publishEvent(new RsvpInvited(
                        invitation.getId(),
                        meeting.sequence(),
                        person.fullName(),
                        person.email(),
                        person.language(),
                        about,
                        false,
                        links.link(invitation, meeting),
                        Response.offeredFor(meeting.format()),
                        true));
            }
        }
    }

    /** Links sent to someone whose data was erased stop working. */
    @ApplicationModuleListener
    void personAnonymised(PersonAnonymised event) {
        invitations.findByPersonId(event.personId()).forEach(RsvpInvitation::revokeLinks);
    }
}
