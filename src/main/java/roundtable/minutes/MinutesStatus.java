package roundtable.minutes;

public enum MinutesStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    PUBLISHED
}
