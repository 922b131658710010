/**
 * Check-in at a meeting: who came, in person or online, from the roster, the RSVPs and walk-ins,
 * and whether there is a quorum. Named so the minutes can read who was present.
 */
@NamedInterface("checkin")
package roundtable.attendance.checkin;

import org.springframework.modulith.NamedInterface;
