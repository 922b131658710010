package roundtable.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;
import roundtable.people.PersonService;
import roundtable.people.Recipient;
import roundtable.subscriptions.Category;
import roundtable.subscriptions.SubscriptionService;

/**
 * Members who chose one email a day get their bodies' announcements and minutes here: news waits
 * as {@link DigestItem}s, and once a day (at {@code roundtable.digest.time} in the district's zone)
 * each person with news gets one email, in their language, of everything that arrived before then.
 * The email and the items' "sent" mark are one transaction, and the outbox key is person × day, so
 * a second instance or a rerun sends nothing twice.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final DigestItemRepository items;
    private final PersonService people;
    private final SubscriptionService subscriptions;
    private final MailTemplates templates;
    private final EmailOutbox outbox;
    private final RoundtableProperties properties;
    private final DigestProperties digest;
    private final Clock clock;
    private final TransactionTemplate eachPerson;

    DailyDigest(
            DigestItemRepository items,
            PersonService people,
            SubscriptionService subscriptions,
            MailTemplates templates,
            EmailOutbox outbox,
            RoundtableProperties properties,
            DigestProperties digest,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.items = items;
        this.people = people;
        this.subscriptions = subscriptions;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
        this.digest = digest;
        this.clock = clock;
        this.eachPerson = new TransactionTemplate(transactions);
    }

    /** Keeps one piece of news for the person's next digest; the same news twice is kept once. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void hold(
            long personId,
            long bodyId,
            Category category,
            String itemKey,
            String bodyName,
            String title,
            LocalDateTime startsAt,
            ZoneId zone,
            String link) {
        if (!items.existsByPersonIdAndItemKey(personId, itemKey)) {
            items.save(new DigestItem(
                    personId,
                    bodyId,
                    category,
                    itemKey,
                    bodyName,
                    title,
                    startsAt,
                    zone == null ? null : zone.getId(),
                    link,
                    clock.instant()));
        }
    }

    @Scheduled(
            fixedDelayString = "${roundtable.digest.check-interval:PT5M}",
            initialDelayString = "${roundtable.digest.check-interval:PT5M}")
    // One server at a time: the keys already stop a second digest, this stops two servers rendering it.
    @SchedulerLock(name = "daily-digest")
    public void scheduled() {
        sendDue();
    }

    /** When the next digest goes: today's, or tomorrow's once today's time has passed. */
    Instant nextDigestAt() {
        ZoneId zone = properties.defaultTimeZone();
        ZonedDateTime now = clock.instant().atZone(zone);
        ZonedDateTime today = now.toLocalDate().atTime(digest.time()).atZone(zone);
        return (now.isBefore(today) ? today : today.plusDays(1)).toInstant();
    }

    /** Sends today's digests if their time has come; returns how many were queued. */
    int sendDue() {
        ZoneId zone = properties.defaultTimeZone();
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate day = now.toLocalDate();
        Instant cutoff = day.atTime(digest.time()).atZone(zone).toInstant();
        if (now.toInstant().isBefore(cutoff)) {
            return 0;
        }
        int sent = 0;
        for (long personId : items.findPeopleWaiting(cutoff)) {
            try {
                Boolean queued = eachPerson.execute(status -> sendTo(personId, day, cutoff));
                sent += Boolean.TRUE.equals(queued) ? 1 : 0;
            } catch (RuntimeException e) {
                // Another instance sending the same digest at the same moment, or a passing database
                // error: this person's news stays waiting, and the others still get theirs.
                log.warn("Digest for person {} not queued this time: {}", personId, e.toString());
            }
        }
        return sent;
    }

    private boolean sendTo(long personId, LocalDate day, Instant cutoff) {
        List<DigestItem> waiting =
                items.findByPersonIdAndDigestedAtIsNullAndCreatedAtBeforeOrderByCreatedAtAscIdAsc(personId, cutoff);
        Instant now = clock.instant();
        Recipient recipient = people.recipient(personId)
                .filter(r -> r.email() != null && !r.email().isBlank())
                .orElse(null);
        if (waiting.isEmpty()) {
            return false;
        }
        if (recipient == null) {
            // Nobody to send to any more (no address, or anonymised): the news is dropped, not kept.
            waiting.forEach(i -> i.digested(now));
            return false;
        }
        boolean queued = outbox.queue(
                "digest:" + personId + ":" + day,
                render(recipient, waiting, day).withListUnsubscribe(subscriptions.digestUnsubscribeLink(personId)));
        if (queued) {
            waiting.forEach(i -> i.digested(now));
        }
        // Otherwise today's digest went out before this news was in: it waits for tomorrow's.
        return queued;
    }

    RenderedEmail render(Recipient recipient, List<DigestItem> waiting, LocalDate day) {
        Language language = recipient.language();
        List<Map<String, String>> lines =
                waiting.stream().map(i -> line(i, language)).toList();
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", recipient.fullName());
        variables.put("intro", templates.message("mail.digest.intro", language, lines.size()));
        variables.put("items", lines);
        variables.put("profile", properties.link("/my/profile"));
        variables.put("unsubscribe", subscriptions.digestUnsubscribeLink(recipient.personId()));
        variables.put("organisation", properties.organisationName());
        return templates.render(
                "digest",
                recipient.email(),
                language,
                "mail.digest.subject",
                new Object[] {Dates.date(day, language.locale()), lines.size()},
                variables);
    }

    private Map<String, String> line(DigestItem item, Language language) {
        String when = item.getTimeZone() == null
                ? Dates.date(item.getStartsAt().toLocalDate(), language.locale())
                : Dates.dateTime(
                        ZonedDateTime.ofLocal(item.getStartsAt(), ZoneId.of(item.getTimeZone()), null),
                        language.locale());
        String kind = templates.message(
                item.getCategory() == Category.MEETINGS ? "mail.digest.meeting" : "mail.digest.minutes",
                language,
                item.getBodyName(),
                item.getTitle(),
                when);
        return Map.of("text", kind, "link", item.getLink());
    }
}
