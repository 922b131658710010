package roundtable.notifications;

/** Where a promised email stands. SENDING: one server has claimed it and is handing it to the SMTP server. */
public enum EmailStatus {
    QUEUED,
    SENDING,
    SENT,
    RETRYING,
    DEAD
}
