-- Minutes of a closed meeting stay with the body: no permalink, PDF, feed, archive or home-page
-- listing shows them. Records started before this column existed follow their meeting.
alter table minutes add column public_record boolean not null default true;
update minutes set public_record = false
 where meeting_id in (select id from meeting where public_meeting = false);
