package roundtable.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Catches whatever a click or a field change throws: logs it with a reference and tells the
 * user, in their language, what happened and what to do. Services are transactional, so a
 * failed action has saved nothing.
 */
class FriendlyErrorHandler implements ErrorHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String key;
        String reference = ErrorReference.next();
        if (causedBy(error, OptimisticLockingFailureException.class)) {
            key = "error.concurrent-edit";
            log.info("Concurrent edit refused, reference {}: {}", reference, error.toString());
        } else if (causedBy(error, AccessDeniedException.class) || causedBy(error, AuthenticationException.class)) {
            key = "error.access-denied";
            log.warn("Action refused, reference {}: {}", reference, error.toString());
        } else {
            key = "error.unexpected.message";
            log.error("Unexpected error, reference {}", reference, error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification note =
                    new Notification(ui.getTranslation(key, reference), 8000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            note.open();
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
