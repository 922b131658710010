/**
 * What language services may read and change of the requests people make when they RSVP: the
 * coordinator's view of each request and who asked, the steps of arranging one, the interpreters
 * booked at a meeting, and the counts behind the demand report. The requests themselves stay rows
 * of the RSVP they came with (see decision 0025); this is the one door into them from another module.
 */
@NamedInterface("requests")
package roundtable.attendance.requests;

import org.springframework.modulith.NamedInterface;
