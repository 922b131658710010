package roundtable.committees;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Everything an administrator sets about a body, as the body form edits it. */
public record BodySettings(
        @NotBlank @Size(max = CommitteeLimits.NAME) String name,
        @Size(max = CommitteeLimits.ACRONYM) String acronym,
        @NotNull BodyKind kind,
        @Size(max = CommitteeLimits.DESCRIPTION) String descriptionHtml,
        boolean rosterPublic,
        boolean contactsVisible,
        @Min(1) @Max(500) Integer quorumFixed,
        @NotNull List<String> languagesOffered,
        AccessibleTimeRules timeRules,
        boolean active) {}
