/**
 * Meetings and series: when, where and how (one {@code MeetingPlace} shared with polls), public or
 * closed, drafts and cancellations, agendas and their attachments, the public calendar, iCalendar
 * feeds and private calendar links. Its API is this package and {@code ui}, whose place form the
 * poll editor and whose meeting components the other features' pages reuse.
 */
@ApplicationModule(allowedDependencies = {"audit", "committees", "people"})
package roundtable.meetings;

import org.springframework.modulith.ApplicationModule;
