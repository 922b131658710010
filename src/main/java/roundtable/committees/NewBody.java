package roundtable.committees;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record NewBody(
        @NotBlank @Size(max = CommitteeLimits.NAME) String name,
        @Size(max = CommitteeLimits.ACRONYM) String acronym,

        @NotBlank @Size(max = CommitteeLimits.SLUG) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @NotNull BodyKind kind,
        @Size(max = CommitteeLimits.DESCRIPTION) String descriptionHtml,
        boolean rosterPublic,
        @Min(1) Integer quorumFixed,
        @NotNull List<String> languagesOffered) {}
