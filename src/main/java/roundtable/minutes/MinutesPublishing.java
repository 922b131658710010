package roundtable.minutes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;
import roundtable.base.security.CurrentUser;

/**
 * Publishing is a separate, explicit step that freezes the approved working copy as the next
 * version, after the publisher has looked at what the rules warn about. A published version never
 * changes: a correction is an amendment ({@link MinutesApproval#amend}), published as the next one.
 */
@Service
@Transactional(readOnly = true)
public class MinutesPublishing {

    private final MinutesRepository minutes;
    private final MinutesVersionRepository versions;
    private final PublishedMinutesReader reader;
    private final MinutesRenderer renderer;
    private final RecordFacts facts;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesPublishing(
            MinutesRepository minutes,
            MinutesVersionRepository versions,
            PublishedMinutesReader reader,
            MinutesRenderer renderer,
            RecordFacts facts,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.minutes = minutes;
        this.versions = versions;
        this.reader = reader;
        this.renderer = renderer;
        this.facts = facts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What a publisher should look at first; publishing goes ahead only once they are accepted. */
    @PreAuthorize("@minutesAccess.records(#minutesId)")
    public List<MinutesWarning> publishWarnings(long minutesId) {
        MinutesDocument doc = minutes.existing(minutesId);
        MinutesContent content = facts.content(doc);
        return MinutesContentRules.warnings(content, doc.getQuorumNeeded(), facts.unnamed(content));
    }

    /**
     * Freezes the approved working copy as the next version: content, rendered html and plain text.
     * Refused with the warnings' message while there are warnings the publisher has not accepted.
     */
    @Transactional
    @PreAuthorize("@minutesAccess.records(#minutesId)")
    public PublishedMinutes publish(long minutesId, long expectedVersion, boolean warningsAccepted) {
        MinutesDocument doc = minutes.current(minutesId, expectedVersion);
        MinutesDrafts.requireStatus(doc, MinutesStatus.APPROVED);
        MinutesContent content = facts.content(doc);
        Set<Long> unnamed = facts.unnamed(content);
        if (!warningsAccepted
                && !MinutesContentRules.warnings(content, doc.getQuorumNeeded(), unnamed)
                        .isEmpty()) {
            throw new RuleViolationException("warnings", "minutes.warning.accept");
        }
        MinutesRenderer.Rendered rendered = renderer.render(content, facts.facts(doc, unnamed), RecordFacts.ORIGINAL);
        String reason = doc.getAmendmentReason();
        Instant now = clock.instant();
        int number = doc.publish(now);
        // The record first: a second publisher fails on its version with "someone else saved first",
        // not on the version number's unique constraint.
        minutes.saveAndFlush(doc);
        versions.save(new MinutesVersion(
                doc.getId(),
                number,
                doc.getContentJson(),
                rendered.html(),
                rendered.plainText(),
                reason,
                now,
                CurrentUser.personId().orElse(null)));
        record(
                doc,
                number == 1 ? "minutes.published" : "minutes.amended",
                "Minutes published as version " + number + ": " + doc.getTitle()
                        + (reason == null ? "" : " (amendment: " + reason + ")"));
        // Minutes the system publishes by itself (the demo's history at start-up) are news to no one.
        if (CurrentUser.personId().isPresent()) {
            events.publishEvent(
                    number == 1
                            ? new MinutesPublished(doc.getId(), doc.getBodyId(), number)
                            : new MinutesAmended(doc.getId(), doc.getBodyId(), number, reason));
        }
        return reader.read(List.of(new PublishedMinutesReader.Wanted(doc.getId(), number)))
                .getFirst();
    }

    /** Who published or corrected a public record, and when, is kept in the audit trail. */
    private void record(MinutesDocument doc, String action, String summary) {
        audit.record(new AuditEntry(action, "minutes", doc.getId(), doc.getBodyId(), summary, null, null));
    }
}
