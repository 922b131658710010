/**
 * Every email Roundtable sends, made from the other features' events after their commit and
 * delivered from a durable outbox with retries; the administrators' outbox pages.
 */
@ApplicationModule(
        allowedDependencies = {
            "attendance",
            "audit",
            "committees",
            "languageservices",
            "meetings",
            "minutes",
            "people",
            "scheduling",
            "subscriptions"
        })
package roundtable.notifications;

import org.springframework.modulith.ApplicationModule;
