package roundtable.minutes;

import java.util.Locale;
import org.springframework.stereotype.Component;
import roundtable.base.RuleViolationException;
import roundtable.committees.CommitteeAccess;

/** A minutes record as its editor works on it. */
@Component
class MinutesDrafts {

    private final RecordFacts facts;
    private final CommitteeAccess access;

    MinutesDrafts(RecordFacts facts, CommitteeAccess access) {
        this.facts = facts;
        this.access = access;
    }

    MinutesDraft of(MinutesDocument doc) {
        MinutesContent content = facts.content(doc);
        return new MinutesDraft(
                doc.getId(),
                doc.getVersion(),
                doc.getMeetingId(),
                doc.getBodyId(),
                doc.getTitle(),
                doc.getMeetingDate(),
                doc.getStatus(),
                content,
                doc.getQuorumNeeded(),
                doc.getCurrentNumber(),
                doc.getAmendmentReason(),
                doc.getApprovalMeetingId(),
                access.chairs(doc.getBodyId()),
                facts.unnamed(content));
    }

    static void requireStatus(MinutesDocument doc, MinutesStatus expected) {
        if (doc.getStatus() != expected) {
            throw new RuleViolationException(
                    "status", "minutes.error.status." + expected.name().toLowerCase(Locale.ROOT));
        }
    }
}
