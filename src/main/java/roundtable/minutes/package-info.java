/**
 * Minutes: drafted from the agenda and the check-ins, submitted, approved, published as frozen
 * versions, amended, translated, and read by anyone in the archive, by permalink, PDF and feed.
 */
@ApplicationModule(
        allowedDependencies = {"attendance :: checkin", "audit", "committees", "meetings", "meetings :: ui", "people"})
package roundtable.minutes;

import org.springframework.modulith.ApplicationModule;
