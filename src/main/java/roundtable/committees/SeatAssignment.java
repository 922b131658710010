package roundtable.committees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import roundtable.people.PersonData;

/**
 * Filling a seat: with someone Roundtable knows ({@code personId}) or someone new
 * ({@code newPerson}), never both.
 */
public record SeatAssignment(
        long seatGroupId,
        Long personId,
        @Valid PersonData newPerson,
        @NotNull Position position,
        @NotNull LocalDate termStart,
        LocalDate termEnd) {}
