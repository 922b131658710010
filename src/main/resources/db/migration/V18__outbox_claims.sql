-- Several servers may share one outbox. A server claims the messages it is about to send
-- (status SENDING) until claimed_until; no other server takes them meanwhile, and a server
-- that died lets go of them when its lease runs out. last_attempt_at tells administrators
-- when a message was last tried.
alter table outbound_email add column claimed_by varchar(200);
alter table outbound_email add column claimed_until timestamp with time zone;
alter table outbound_email add column last_attempt_at timestamp with time zone;
