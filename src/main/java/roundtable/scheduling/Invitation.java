package roundtable.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import roundtable.base.i18n.Language;

/**
 * A poll as one invitee sees it through their personal link: the times, their answers so far
 * and what they said they need. {@code chosen} is the decided time once there is one.
 */
public record Invitation(
        long inviteeId,
        String inviteeName,
        Language language,
        String bodyName,
        String title,
        ZoneId zone,
        int durationMinutes,
        Instant deadline,
        PollStatus status,
        boolean takesAnswers,
        List<Time> candidates,
        Map<Long, Availability> answers,
        Needs needs,
        Instant answeredAt,
        List<String> interpretationLanguages,
        LocalDateTime chosen,
        Long meetingId) {

    public record Time(long id, LocalDateTime start) {}
}
