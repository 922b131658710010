/**
 * Language services: everything the coordinator does. The requests desk (every request for help
 * made with an RSVP, assigned to an interpreter, confirmed or found impossible, with the requester
 * and the interpreter told each step), the vendor export, demand over the months, the languages
 * each body needs, and the roster of interpreters and translators. The requests themselves are
 * rows of attendance, read and changed through its {@code requests} interface (decision 0025).
 */
@ApplicationModule(
        allowedDependencies = {"attendance", "attendance :: requests", "audit", "committees", "meetings", "people"})
package roundtable.languageservices;

import org.springframework.modulith.ApplicationModule;
