package roundtable.people;

/**
 * What a person chose to hear of by email beyond their own actions (which are always sent):
 * meeting announcements, minutes, reminders, and whether news waits for one email a day.
 */
public record NotificationChoices(boolean meetings, boolean minutes, boolean reminders, boolean digest) {

    static NotificationChoices of(Person p) {
        return new NotificationChoices(
                p.isNotifyMeetings(), p.isNotifyMinutes(), p.isNotifyReminders(), p.isNotifyDigest());
    }
}
