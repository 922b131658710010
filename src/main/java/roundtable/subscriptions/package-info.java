/**
 * Who hears what from a body besides the notices about their own actions: residents who follow a
 * body by email (double opt-in), members who turned one body's announcements or minutes off, and
 * the signed one-click unsubscribe links (RFC 8058) every list message carries.
 */
@ApplicationModule(allowedDependencies = {"committees", "people"})
package roundtable.subscriptions;

import org.springframework.modulith.ApplicationModule;
