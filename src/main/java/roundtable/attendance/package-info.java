/**
 * Who is coming to a meeting and what would help them take part: RSVPs from members and guests
 * (guests confirm by an emailed link), an optional capacity with a waitlist, the requests for
 * interpretation, translation, accommodations, childcare and loaners that come with an answer, and
 * check-in at the door ({@code checkin}). Its API is this package (services for the pages, the
 * events the emails are made from), {@code checkin} for the minutes, and {@code requests} for
 * language services, which arranges the requests (decision 0025).
 */
@ApplicationModule(allowedDependencies = {"committees", "meetings", "meetings :: ui", "people"})
package roundtable.attendance;

import org.springframework.modulith.ApplicationModule;
