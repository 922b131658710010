package roundtable.committees;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record SeatGroupData(
        @NotBlank @Size(max = CommitteeLimits.SEAT_GROUP_NAME)
        String name,

        @Min(1) @Max(500) int seatCount,
        boolean voting,
        @Min(1) @Max(120) Integer termMonths,
        Long requiredBodyId) {}
