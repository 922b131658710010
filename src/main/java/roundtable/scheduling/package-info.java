/**
 * "Find a time": a chair proposes candidate times, members and guests answer from a personal
 * link without signing in, and the times are ranked by who could come: quorum, every
 * constituency, accessible-time rules, then votes. The chosen time becomes a meeting.
 */
@ApplicationModule(allowedDependencies = {"committees", "meetings", "meetings :: ui", "people"})
package roundtable.scheduling;

import org.springframework.modulith.ApplicationModule;
