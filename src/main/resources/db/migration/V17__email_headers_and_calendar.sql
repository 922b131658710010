-- What an email carries besides its words: the one-click unsubscribe address (RFC 8058) of a
-- message sent to a list, and the calendar invitation (iCalendar text with its METHOD) of a
-- meeting invitation, update or cancellation.
alter table outbound_email add column list_unsubscribe varchar(1000);
alter table outbound_email add column calendar_method varchar(20);
alter table outbound_email add column calendar_ics varchar(100000);
