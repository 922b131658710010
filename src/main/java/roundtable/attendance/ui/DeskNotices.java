package roundtable.attendance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** "Done, and the requesters have been told": said the same way after every step on the desk. */
final class DeskNotices {

    private DeskNotices() {
    }

    static void done(Component from, String what) {
        Notification.show(what + " " + from.getTranslation("desk.told"), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
