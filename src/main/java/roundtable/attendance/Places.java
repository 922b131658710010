package roundtable.attendance;

/** A meeting's places as its chair and secretary see them: the limit (null: none), taken, and waiting. */
public record Places(Integer capacity, long version, long taken, long waiting) {}
