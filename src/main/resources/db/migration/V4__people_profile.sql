-- A person's own choices about mail, and the mark left when their personal data is erased.
-- One column per statement, default before not null: the form both H2 and PostgreSQL accept.

alter table person add column notify_meetings boolean default true not null;
alter table person add column notify_minutes boolean default true not null;
alter table person add column notify_reminders boolean default true not null;
-- One daily email instead of a message per event.
alter table person add column notify_digest boolean default false not null;

-- Set once personal data has been blanked; the row stays so rosters and old minutes keep the seat.
alter table person add column anonymised_at timestamp with time zone;
