package roundtable.people;

import java.time.Instant;

/**
 * Published when a person's personal data has been erased, so features that keep copies
 * of it (addresses in sent mail, names in requests) can erase theirs.
 */
public record PersonAnonymised(long personId, Instant at) {}
