package roundtable.attendance;

import roundtable.base.i18n.Language;

/** A member invited to a meeting, who had not answered, is told it was called off (and why). */
public record InvitationCancelled(
        long invitationId,
        long sequence,
        String name,
        String email,
        Language language,
        MeetingFacts meeting,
        String reason) {}
