package roundtable.notifications;

public enum EmailStatus {
    QUEUED,
    SENT,
    RETRYING,
    DEAD
}
