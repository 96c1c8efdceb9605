-- POST /events/{id}/registrations: under the event's row lock, the caller and their role, an
-- existing registration, the seats taken, the new registration, and its mail in the outbox.
-- The row is CANCELLED and the mail DROPPED, so that every transaction can add one (the unique
-- index allows one active registration per person) and no mail is sent.
begin;
select id, network_id, status, capacity, registration_opens_at, registration_closes_at from event where id = :event for update;
select id, subject, display_name, email, email_verified, municipality_id, language, version from participant where subject = :subject;
select n.id, m.role from network n
  left join network_membership m on m.network_id = n.id and m.participant_id = :participant and m.state = 'ACTIVE'
 where n.id = :network;
select id from registration where event_id = :event and participant_id = :participant and status <> 'CANCELLED';
select count(*) from registration where event_id = :event and status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW');
insert into registration (id, event_id, participant_id, status, arrival, created_at, updated_at, version)
values (gen_random_uuid(), :event, :participant, 'CANCELLED', nextval('registration_arrival_seq'), now(), now(), 0);
insert into mail_outbox (id, kind, participant_id, payload, status, created_at, queued_at, next_attempt_at)
values (gen_random_uuid(), 'REGISTRATION', :participant, '{"bench": true}', 'DROPPED', now(), now(), now());
commit;
