package roundtable.attendance;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import roundtable.base.i18n.Language;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * What the people who RSVP are told, as events the notifications feature turns into emails after
 * the commit: their answer recorded, what was withdrawn when they will not come, a place freed for
 * them, news of the meeting. A guest's messages carry their manage link.
 */
@Component
class AttendeeNotices {

    private final PersonService people;
    private final GuestTokens tokens;
    private final MeetingFactsSource facts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendeeNotices(
            PersonService people,
            GuestTokens tokens,
            MeetingFactsSource facts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.people = people;
        this.tokens = tokens;
        this.facts = facts;
        this.events = events;
        this.clock = clock;
    }

    record Recipient(String name, String email, Language language) {}

    /** A member's answer taken or changed: the RSVP's version keeps one email per change. */
    void memberAnswered(Rsvp rsvp, MeetingSummary meeting) {
        Recipient me = recipientOf(rsvp);
        if (me != null) {
            events.publishEvent(new AttendanceRecorded(
                    rsvp.getId(),
                    rsvp.getVersion(),
                    me.name(),
                    me.email(),
                    me.language(),
                    facts.of(meeting),
                    rsvp.getResponse(),
                    rsvp.getState(),
                    lateRequests(rsvp),
                    null));
        }
    }

    /** An answer counted (or, for someone not coming, withdrawn), with a guest's link to change it. */
    void recorded(Rsvp rsvp, MeetingSummary meeting) {
        if (rsvp.getResponse() == Response.NOT_ATTENDING) {
            notComing(rsvp, meeting, false);
            return;
        }
        Recipient who = recipientOf(rsvp);
        if (who != null) {
            // Sent again when a guest asks again, so the moment (kept in the event) keeps the sends apart.
            events.publishEvent(new AttendanceRecorded(
                    rsvp.getId(),
                    clock.millis(),
                    who.name(),
                    who.email(),
                    who.language(),
                    facts.of(meeting),
                    rsvp.getResponse(),
                    rsvp.getState(),
                    lateRequests(rsvp),
                    rsvp.guest() ? tokens.manageLink(rsvp, meeting) : null));
        }
    }

    /**
     * Someone who was invited or attending will not come: the meeting comes off their calendar, and
     * they hear plainly what was withdrawn and how to answer again (a guest by their own link).
     */
    void notComing(Rsvp rsvp, MeetingSummary meeting, boolean cancelled) {
        Recipient who = recipientOf(rsvp);
        if (who != null) {
            events.publishEvent(new AttendanceWithdrawn(
                    rsvp.getId(),
                    clock.millis(),
                    who.name(),
                    who.email(),
                    who.language(),
                    facts.of(meeting),
                    RequestedNeeds.lastWithdrawn(rsvp).withoutOwnWords(),
                    cancelled,
                    rsvp.guest() ? tokens.manageLink(rsvp, meeting) : null));
        }
    }

    /** A guest's answer waits for them to confirm their address from the emailed link. */
    void askToConfirm(Rsvp rsvp, MeetingSummary meeting) {
        events.publishEvent(new GuestConfirmationRequested(
                rsvp.getId(),
                clock.millis(),
                rsvp.getGuestName(),
                rsvp.getGuestEmail(),
                rsvp.getGuestLanguage(),
                facts.of(meeting),
                tokens.confirmLink(rsvp, meeting)));
    }

    /** A place came free for someone waiting. */
    void promoted(Rsvp rsvp, MeetingSummary meeting) {
        Recipient who = recipientOf(rsvp);
        if (who != null) {
            events.publishEvent(new WaitlistPromoted(
                    rsvp.getId(),
                    rsvp.getVersion(),
                    who.name(),
                    who.email(),
                    who.language(),
                    facts.of(meeting),
                    rsvp.guest() ? tokens.manageLink(rsvp, meeting) : null));
        }
    }

    /** The meeting moved or was called off: one who is coming (or waiting) hears it. */
    void meetingNews(
            Rsvp rsvp, Recipient who, MeetingSummary meeting, MeetingFacts about, boolean cancelled, String reason) {
        events.publishEvent(new MeetingNewsForAttendee(
                rsvp.getId(),
                clock.millis(),
                who.name(),
                who.email(),
                who.language(),
                about,
                cancelled,
                reason,
                rsvp.guest() && !cancelled ? tokens.manageLink(rsvp, meeting) : null));
    }

    String manageLink(Rsvp rsvp, MeetingSummary meeting) {
        return tokens.manageLink(rsvp, meeting);
    }

    MeetingFacts facts(MeetingSummary meeting) {
        return facts.of(meeting);
    }

    /** Also for answers from a link, without a sign-in that would let us read people's contacts. */
    Recipient recipientOf(Rsvp rsvp) {
        if (rsvp.guest()) {
            return recipientOf(rsvp, Map.of());
        }
        return people.recipient(rsvp.getPersonId())
                .map(p -> new Recipient(p.fullName(), p.email(), p.language()))
                .orElse(null);
    }

    static Recipient recipientOf(Rsvp rsvp, Map<Long, PersonSummary> members) {
        if (rsvp.guest()) {
            return new Recipient(rsvp.getGuestName(), rsvp.getGuestEmail(), rsvp.getGuestLanguage());
        }
        PersonSummary p = members.get(rsvp.getPersonId());
        return p == null || p.anonymised() ? null : new Recipient(p.fullName(), p.email(), p.language());
    }

    static boolean lateRequests(Rsvp rsvp) {
        return rsvp.getRequests().stream().anyMatch(r -> r.active() && r.isLate());
    }
}
