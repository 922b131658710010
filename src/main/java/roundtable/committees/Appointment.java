package roundtable.committees;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Putting a person on a body: which seat, in what position, for which term. */
public record Appointment(
        Long seatGroupId,
        long personId,
        @NotNull Position position,
        @NotNull LocalDate termStart,
        LocalDate termEnd) {}
