package roundtable.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.LanguageNames;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;

/**
 * What every answer must satisfy, from a member or a guest, and how what they need becomes
 * requests: the same checks at the field whichever page the answer came from.
 */
@Component
class RsvpRules {

    private final RequestPolicy policy;
    private final Clock clock;

    RsvpRules(RequestPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** The answer and its needs, checked; none stated is no needs. */
    AccessNeeds check(MeetingSummary meeting, Response response, AccessNeeds needs) {
        if (response == null) {
            throw new RuleViolationException("response", "rsvp.error.response-required");
        }
        requireOpen(meeting);
        AccessNeeds n = needs == null ? AccessNeeds.none() : needs;
        if (n.interpretationLanguage() != null) {
            if (!LanguageNames.OFFERED.contains(n.interpretationLanguage())) {
                throw new RuleViolationException("interpretationLanguage", "rsvp.error.language");
            }
            if (n.interpretationMode() == null) {
                throw new RuleViolationException("interpretationMode", "rsvp.error.mode-required");
            }
        }
        if (n.translationLanguage() != null
                && (!LanguageNames.OFFERED.contains(n.translationLanguage())
                        || "ase".equals(n.translationLanguage()))) {
            throw new RuleViolationException("translationLanguage", "rsvp.error.translation-language");
        }
        if (n.accommodationDetails() != null && n.accommodationDetails().length() > AttendanceLimits.DETAILS) {
            throw new RuleViolationException("accommodationDetails", "rsvp.error.too-long", AttendanceLimits.DETAILS);
        }
        if (n.accommodations().contains(AccommodationType.OTHER) && n.accommodationDetails() == null) {
            throw new RuleViolationException("accommodationDetails", "rsvp.error.other-details");
        }
        if (n.childrenCount() != null && (n.childrenCount() < 0 || n.childrenCount() > AttendanceLimits.MAX_CHILDREN)) {
            throw new RuleViolationException("childrenCount", "rsvp.error.children", AttendanceLimits.MAX_CHILDREN);
        }
        if (n.childrenAges() != null && n.childrenAges().length() > AttendanceLimits.CHILDREN_AGES) {
            throw new RuleViolationException("childrenAges", "rsvp.error.too-long", AttendanceLimits.CHILDREN_AGES);
        }
        PlainText.requireLines("accommodationDetails", n.accommodationDetails());
        PlainText.require("childrenAges", n.childrenAges());
        return n;
    }

    /** Answers are taken for a scheduled meeting until it starts. */
    void requireOpen(MeetingSummary meeting) {
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            throw new RuleViolationException("response", "rsvp.error.not-open");
        }
        if (!clock.instant().isBefore(meeting.startsAt().toInstant())) {
            throw new RuleViolationException("response", "rsvp.error.started");
        }
    }

    /**
     * Turns the form's answers into requests: what is still asked for keeps its request (and what
     * the coordinator arranged), what is new is added (late if past the lead time), what is no
     * longer asked for is closed. Not attending asks for nothing: all is withdrawn at once, to be
     * offered again if they come after all.
     */
    void applyNeeds(Rsvp rsvp, AccessNeeds needs, MeetingSummary meeting) {
        Instant now = clock.instant();
        if (rsvp.getResponse() == Response.NOT_ATTENDING) {
            rsvp.withdrawRequests(Rsvp.DECLINED, now);
            return;
        }
        boolean late = policy.late(meeting);
        Instant forget = policy.forgetAfter(meeting);
        List<AccessRequest> wanted = new ArrayList<>();
        if (needs.interpretationLanguage() != null) {
            wanted.add(new AccessRequest(rsvp, RequestKind.INTERPRETATION, now, late, forget)
                    .language(needs.interpretationLanguage(), needs.interpretationMode()));
        }
        if (needs.translationLanguage() != null) {
            wanted.add(new AccessRequest(rsvp, RequestKind.TRANSLATION, now, late, forget)
                    .language(needs.translationLanguage(), null));
        }
        for (AccommodationType type : EnumSet.copyOf(
                needs.accommodations().isEmpty() ? EnumSet.noneOf(AccommodationType.class) : needs.accommodations())) {
            wanted.add(new AccessRequest(rsvp, RequestKind.ACCOMMODATION, now, late, forget)
                    .accommodation(type, type == AccommodationType.OTHER ? needs.accommodationDetails() : null));
        }
        if (needs.childrenCount() != null && needs.childrenCount() > 0) {
            wanted.add(new AccessRequest(rsvp, RequestKind.CHILDCARE, now, late, forget)
                    .children(needs.childrenCount(), needs.childrenAges()));
        }
        if (needs.loaner()) {
            wanted.add(new AccessRequest(rsvp, RequestKind.LOANER, now, late, forget));
        }
        List<AccessRequest> kept = new ArrayList<>();
        for (AccessRequest w : wanted) {
            Optional<AccessRequest> same = rsvp.getRequests().stream()
                    .filter(r -> r.active() && r.sameness().equals(w.sameness()))
                    .findFirst();
            if (same.isPresent()) {
                same.get().takeParticulars(w);
                kept.add(same.get());
            } else {
                rsvp.getRequests().add(w);
                kept.add(w);
            }
        }
        rsvp.getRequests().stream()
                .filter(r -> r.active() && !kept.contains(r))
                .forEach(r -> r.close("rsvp.request.reason.withdrawn"));
    }
}
