package roundtable.notifications;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import roundtable.attendance.MeetingFacts;
import roundtable.base.EmailAddresses;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingCancelled;
import roundtable.meetings.MeetingChanged;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingScheduled;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.people.Recipient;
import roundtable.subscriptions.Category;
import roundtable.subscriptions.Subscriber;
import roundtable.subscriptions.SubscriptionRequested;
import roundtable.subscriptions.SubscriptionService;

/**
 * Residents who follow a body: the confirmation email (always sent, never a list message: it is
 * the answer to the person's own request) and the announcement of each public meeting, in the
 * subscriber's language with the one-click unsubscribe link. Members hear of meetings through
 * their invitation instead, so an address that is both hears once.
 */
@Component
class SubscriptionMailer {

    /** More than a series can hold, so the first of a series is always among them. */
    private static final int SERIES_LOOKAHEAD = 500;

    private final SubscriptionService subscriptions;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final PersonService people;
    private final MailTemplates templates;
    private final EmailOutbox outbox;
    private final RoundtableProperties properties;

    SubscriptionMailer(
            SubscriptionService subscriptions,
            MeetingService meetings,
            CommitteeService committees,
            PersonService people,
            MailTemplates templates,
            EmailOutbox outbox,
            RoundtableProperties properties) {
        this.subscriptions = subscriptions;
        this.meetings = meetings;
        this.committees = committees;
        this.people = people;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void requested(SubscriptionRequested event) {
        Language language = event.language();
        Map<String, Object> variables = new HashMap<>();
        variables.put("intro", templates.message("mail.subscription.intro", language, event.bodyName()));
        variables.put(
                "what",
                event.categories().stream()
                        .sorted()
                        .map(c -> templates.message(c.messageKey(), language))
                        .collect(Collectors.joining(templates.message("subscriptions.and", language))));
        variables.put("link", event.confirmLink());
        variables.put("organisation", properties.organisationName());
        outbox.queue(
                "subscription-confirm:" + event.subscriptionId() + ":" + event.requestedAt(),
                templates.render(
                        "subscription-confirm",
                        event.email(),
                        language,
                        "mail.subscription.subject",
                        new Object[] {event.bodyName()},
                        variables));
    }

    /** Runs after the commit with nobody signed in, so it reads the meeting as the public does. */
    @ApplicationModuleListener
    void meetingScheduled(MeetingScheduled event) {
        Optional<MeetingSummary> found = meetings.find(event.meetingId())
                .filter(m -> m.publicMeeting() && m.status() == MeetingStatus.SCHEDULED);
        Optional<BodySummary> body = committees.find(event.bodyId());
        if (found.isEmpty() || body.isEmpty() || !firstOfItsSeries(found.get())) {
            return;
        }
        MeetingSummary meeting = found.get();
        Set<String> members = memberAddresses(event.bodyId());
        for (Subscriber subscriber : subscriptions.subscribers(event.bodyId(), Category.MEETINGS)) {
            if (!members.contains(EmailAddresses.key(subscriber.email()))) {
                outbox.queue(
                        "meeting-announced:" + meeting.id() + ":s" + subscriber.subscriptionId(),
                        announcement(meeting, body.get(), subscriber, Notice.NEW, null));
            }
        }
    }

    /**
     * A public meeting whose time, place or join details changed: followers who may have planned to
     * come hear of it, once per change (a corrected title is not news).
     */
    @ApplicationModuleListener
    void meetingChanged(MeetingChanged event) {
        if (event.whenOrWhereChanged()) {
            tellFollowers(
                    event.meetingId(),
                    event.bodyId(),
                    Notice.MOVED,
                    "meeting-changed:" + event.meetingId() + ":" + event.sequence(),
                    null);
        }
    }

    @ApplicationModuleListener
    void meetingCancelled(MeetingCancelled event) {
        tellFollowers(
                event.meetingId(),
                event.bodyId(),
                Notice.CANCELLED,
                "meeting-cancelled:" + event.meetingId(),
                event.reason());
    }

    private void tellFollowers(long meetingId, long bodyId, Notice notice, String key, String reason) {
        Optional<MeetingSummary> found = meetings.find(meetingId).filter(MeetingSummary::publicMeeting);
        Optional<BodySummary> body = committees.find(bodyId);
        if (found.isEmpty() || body.isEmpty()) {
            return;
        }
        Set<String> members = memberAddresses(bodyId);
        for (Subscriber subscriber : subscriptions.subscribers(bodyId, Category.MEETINGS)) {
            if (!members.contains(EmailAddresses.key(subscriber.email()))) {
                outbox.queue(
                        key + ":s" + subscriber.subscriptionId(),
                        announcement(found.get(), body.get(), subscriber, notice, reason));
            }
        }
    }

    /** What a follower is told: a new meeting, one that moved, or one called off. */
    enum Notice {
        NEW("mail.announcement.subject", "mail.announcement.intro"),
        MOVED("mail.announcement.moved.subject", "mail.announcement.moved.intro"),
        CANCELLED("mail.announcement.cancelled.subject", "mail.announcement.cancelled.intro");

        private final String subjectKey;
        private final String introKey;

        Notice(String subjectKey, String introKey) {
            this.subjectKey = subjectKey;
            this.introKey = introKey;
        }
    }

    /** A recurring series is announced once, with its first meeting, as members are invited once. */
    private boolean firstOfItsSeries(MeetingSummary meeting) {
        if (meeting.seriesId() == null) {
            return true;
        }
        return meetings.upcomingOf(meeting.bodyId(), SERIES_LOOKAHEAD).stream()
                .filter(m -> meeting.seriesId().equals(m.seriesId()))
                .min(Comparator.comparing(MeetingSummary::startsAtLocal))
                .map(first -> first.id() == meeting.id())
                .orElse(true);
    }

    /** Addresses of the body's members, who are invited and must not hear of the meeting twice. */
    Set<String> memberAddresses(long bodyId) {
        return committees.currentMemberIds(bodyId).stream()
                .map(people::recipient)
                .flatMap(Optional::stream)
                .map(Recipient::email)
                .filter(e -> e != null && !e.isBlank())
                .map(EmailAddresses::key)
                .collect(Collectors.toSet());
    }

    RenderedEmail announcement(
            MeetingSummary meeting, BodySummary body, Subscriber subscriber, Notice notice, String reason) {
        Language language = subscriber.language();
        boolean online = meeting.format() != MeetingFormat.IN_PERSON;
        MeetingFacts facts = new MeetingFacts(
                meeting.id(),
                body.name(),
                meeting.title(),
                meeting.startsAtLocal(),
                meeting.zone().getId(),
                meeting.durationMinutes(),
                meeting.format(),
                meeting.location(),
                meeting.room(),
                properties.link("/meetings/" + meeting.id()),
                online ? meeting.onlineUrl() : null,
                online ? meeting.dialIn() : null,
                meeting.languagesOffered());
        Map<String, Object> variables =
                MeetingMailDetails.forParticipant(templates, facts, null, language, properties.organisationName());
        String intro = templates.message(notice.introKey, language, body.name(), meeting.title());
        variables.put(
                "intro",
                reason == null || reason.isBlank()
                        ? intro
                        : intro + " " + templates.message("mail.rsvp.cancelled.reason", language, reason));
        variables.put(
                "series",
                notice != Notice.NEW || meeting.seriesId() == null
                        ? null
                        : templates.message("mail.announcement.series", language));
        variables.put(
                "closing",
                templates.message(
                        notice == Notice.CANCELLED ? "mail.announcement.cancelled.closing" : "mail.announcement.rsvp",
                        language));
        variables.put("why", templates.message("mail.subscriber.why", language, body.name()));
        variables.put("unsubscribe", subscriber.unsubscribeLink());
        return templates
                .render(
                        "meeting-announcement",
                        subscriber.email(),
                        language,
                        notice.subjectKey,
                        new Object[] {
                            meeting.title(), Dates.date(meeting.startsAtLocal().toLocalDate(), language.locale())
                        },
                        variables)
                .withListUnsubscribe(subscriber.unsubscribeLink());
    }
}
