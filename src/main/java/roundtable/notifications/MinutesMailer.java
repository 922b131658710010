package roundtable.notifications;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import roundtable.base.EmailAddresses;
import roundtable.base.RoundtableProperties;
import roundtable.base.html.RichText;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;
import roundtable.committees.CommitteeService;
import roundtable.minutes.MinutesAmended;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesPublished;
import roundtable.minutes.MinutesReading;
import roundtable.minutes.PublishedMinutes;
import roundtable.people.PersonService;
import roundtable.people.Recipient;
import roundtable.subscriptions.Category;
import roundtable.subscriptions.Subscriber;
import roundtable.subscriptions.SubscriptionService;

/**
 * Tells each current member of a body, in their own language, that its minutes were published or
 * amended, with the minutes themselves as the one renderer wrote them (or a person's up-to-date
 * translation, with the way to the original), the permalink and the PDF. An amendment names its
 * version and reason. Confirmed subscribers get the same email, with why they receive it and a
 * one-click unsubscribe link; members get that link too, for this body's minutes.
 */
@Component
class MinutesMailer {

    private final MinutesArchive minutes;
    private final CommitteeService committees;
    private final PersonService people;
    private final MailTemplates templates;
    private final EmailOutbox outbox;
    private final RoundtableProperties properties;
    private final SubscriptionService subscriptions;
    private final MemberDelivery delivery;
    private final DailyDigest digest;

    MinutesMailer(
            MinutesArchive minutes,
            CommitteeService committees,
            PersonService people,
            MailTemplates templates,
            EmailOutbox outbox,
            RoundtableProperties properties,
            SubscriptionService subscriptions,
            MemberDelivery delivery,
            DailyDigest digest) {
        this.subscriptions = subscriptions;
        this.delivery = delivery;
        this.digest = digest;
        this.minutes = minutes;
        this.committees = committees;
        this.people = people;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void published(MinutesPublished event) {
        announce(event.minutesId(), event.bodyId(), event.number(), null);
    }

    @ApplicationModuleListener
    void amended(MinutesAmended event) {
        announce(event.minutesId(), event.bodyId(), event.number(), event.reason());
    }

    /**
     * Runs after the commit with nobody signed in: every call here needs no caller. Members hear as
     * their choices say (now, in the daily digest, or not at all); then confirmed subscribers, except
     * an address that is also a member's.
     */
    private void announce(long minutesId, long bodyId, int number, String reason) {
        // The version the event names, even if a later one was published before this ran.
        Optional<PublishedMinutes> published = minutes.published(minutesId, number);
        if (published.isEmpty()) {
            return;
        }
        PublishedMinutes shown = published.get();
        Map<Language, MinutesReading> readings = new HashMap<>();
        Set<Long> optedOut = subscriptions.membersOptedOut(bodyId, Category.MINUTES);
        Set<String> memberAddresses = new HashSet<>();
        committees.currentMemberIds(bodyId).stream()
                .sorted()
                .forEach(personId -> people.recipient(personId)
                        .filter(r -> r.email() != null && !r.email().isBlank())
                        .ifPresent(r -> {
                            memberAddresses.add(EmailAddresses.key(r.email()));
                            switch (delivery.of(personId, Category.MINUTES, optedOut)) {
                                case SINGLE -> {
                                    String unsubscribe =
                                            subscriptions.memberUnsubscribeLink(personId, bodyId, Category.MINUTES);
                                    outbox.queue(
                                            "minutes:" + minutesId + ":" + number + ":" + personId,
                                            render(
                                                            readings.computeIfAbsent(
                                                                    r.language(), l -> reading(shown, l)),
                                                            r,
                                                            reason,
                                                            unsubscribe)
                                                    .withListUnsubscribe(unsubscribe));
                                }
                                case DIGEST ->
                                    digest.hold(
                                            personId,
                                            bodyId,
                                            Category.MINUTES,
                                            "minutes:" + minutesId + ":" + number,
                                            shown.bodyName(),
                                            shown.title(),
                                            shown.meetingDate().atStartOfDay(),
                                            null,
                                            properties.link(
                                                    MinutesReading.permalink(minutesId, r.language(), null, false)));
                                case NONE -> {}
                            }
                        }));
        for (Subscriber subscriber : subscriptions.subscribers(bodyId, Category.MINUTES)) {
            if (memberAddresses.contains(EmailAddresses.key(subscriber.email()))) {
                continue;
            }
            Recipient reader = new Recipient(0, null, subscriber.email(), subscriber.language());
            outbox.queue(
                    "minutes:" + minutesId + ":" + number + ":s" + subscriber.subscriptionId(),
                    render(
                                    readings.computeIfAbsent(reader.language(), l -> reading(shown, l)),
                                    reader,
                                    reason,
                                    subscriber.unsubscribeLink())
                            .withListUnsubscribe(subscriber.unsubscribeLink()));
        }
    }

    /** A translation only when a person has translated exactly this version since: never one left behind. */
    private MinutesReading reading(PublishedMinutes published, Language language) {
        MinutesReading reading = MinutesReading.of(
                published,
                language,
                language == MinutesReading.ORIGINAL
                        ? Optional.empty()
                        : minutes.translation(published.minutesId(), language.tag()));
        return reading.translationOutOfDate() ? MinutesReading.of(published, language, Optional.empty()) : reading;
    }

    RenderedEmail render(MinutesReading reading, Recipient recipient, String reason) {
        return render(reading, recipient, reason, null);
    }

    /** A member (with a person id) or a subscriber (id 0, no name) reads why they receive it and how to stop. */
    RenderedEmail render(MinutesReading reading, Recipient recipient, String reason, String unsubscribe) {
        PublishedMinutes published = reading.minutes();
        Language language = recipient.language();
        String date = Dates.date(published.meetingDate(), language.locale());
        boolean amended = published.number() > 1;
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", recipient.fullName());
        variables.put(
                "intro",
                templates.message(
                        amended ? "mail.minutes.amended.intro" : "mail.minutes.published.intro",
                        language,
                        published.bodyName(),
                        published.title(),
                        date,
                        published.number()));
        variables.put(
                "reason",
                amended
                        ? templates.message(
                                "mail.minutes.reason", language, reason == null ? published.amendmentReason() : reason)
                        : null);
        variables.put(
                "translation",
                reading.translation()
                        .map(t -> templates.message("mail.minutes.translation", language, t.basedOn()))
                        .orElse(null));
        variables.put(
                "original",
                properties.link(MinutesReading.permalink(published.minutesId(), MinutesReading.ORIGINAL, null, false)));
        // Rendered and sanitised once on publishing; sanitised again here, as every output does.
        variables.put("minutesHtml", RichText.sanitise(reading.html()));
        variables.put("minutesText", reading.plainText());
        variables.put("contentLang", reading.contentLanguage().tag());
        variables.put(
                "permalink", properties.link(MinutesReading.permalink(published.minutesId(), language, null, false)));
        variables.put("pdf", properties.link(MinutesReading.permalink(published.minutesId(), language, null, true)));
        variables.put("body", published.bodyName());
        variables.put(
                "why",
                templates.message(
                        recipient.personId() == 0 ? "mail.subscriber.why" : "mail.minutes.why",
                        language,
                        published.bodyName()));
        variables.put("unsubscribe", unsubscribe);
        variables.put("organisation", properties.organisationName());
        return templates.render(
                "minutes",
                recipient.email(),
                language,
                amended ? "mail.minutes.amended.subject" : "mail.minutes.published.subject",
                new Object[] {published.title(), date, published.number()},
                variables);
    }
}
