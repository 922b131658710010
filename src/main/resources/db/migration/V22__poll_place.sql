-- A poll's place is the meeting's place whole (issue 16): room, getting there, dial-in and the
-- languages interpreted join the format, address and join link a poll already had, with the same
-- columns and widths as meeting's, so the meeting made from the chosen time takes every one.
-- Plain ALTER/UPDATE that H2 and PostgreSQL read alike.
alter table availability_poll add column room varchar(200);
alter table availability_poll add column access_notes varchar(1000);
alter table availability_poll add column dial_in varchar(200);
alter table availability_poll add column languages_offered varchar(500) default '' not null;

-- Polls sent before now: their meeting took the body's languages when the time was chosen, so they
-- start from those; a poll that left its format empty always made an in-person meeting.
update availability_poll set languages_offered =
    coalesce((select b.languages_offered from body b where b.id = availability_poll.body_id), '');
update availability_poll set format = 'IN_PERSON' where format is null;
alter table availability_poll alter column format set not null;
