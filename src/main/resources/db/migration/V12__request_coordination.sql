-- The language services coordinator follows each request to an outcome: who was assigned, when the
-- status last changed (to tell overdue from in hand), and the reason given when it could not be arranged.

alter table access_request add column interpreter_id bigint references interpreter (id);
alter table access_request add column status_changed_at timestamp with time zone;
alter table access_request add column unable_reason varchar(500);
create index access_request_status on access_request (status, meeting_id);
