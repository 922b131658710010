package roundtable.languageservices.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;

/** How every step on the desk reports back: done and who was told, a refusal next to its field, or a clash. */
final class DeskNotices {

    private DeskNotices() {}

    static void done(Component from, String what) {
        Notification.show(what + " " + from.getTranslation("desk.told"), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Runs a step. A refusal is shown next to its field (or as a notice); if someone else changed
     * the requests meanwhile, the coordinator is told and the desk shows them as they are now.
     * Returns whether the step went through.
     */
    static boolean attempt(
            Component from, Runnable step, Map<String, ? extends HasValidation> fields, Runnable refresh) {
        try {
            step.run();
            return true;
        } catch (RuleViolationException refused) {
            FieldErrors.show(from, refused, fields);
            return false;
        } catch (OptimisticLockingFailureException clash) {
            Notification.show(from.getTranslation("desk.concurrent"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh.run();
            return false;
        }
    }
}
