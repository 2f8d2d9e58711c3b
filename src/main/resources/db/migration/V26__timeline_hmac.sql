-- Module cases: each timeline event is sealed with an HMAC-SHA-256 under a server key kept outside the database
-- (key_id names the key; 0: an event hashed before the keys, with plain SHA-256). Someone who can write to the
-- database can no longer rewrite an event and compute the chain again. Events stored before are sealed once by a
-- job at start: the only change the append-only trigger lets through, and only while that job says so.
alter table case_event add column key_id smallint not null default 0;

create or replace function case_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('mashang.sealing', true) = 'on'
            and (old.id, old.case_id, old.seq, old.type, old.actor_role, old.actor_user_id, old.actor_name, old.occurred_at,
                 old.body, old.public)
            is not distinct from
                (new.id, new.case_id, new.seq, new.type, new.actor_role, new.actor_user_id, new.actor_name, new.occurred_at,
                 new.body, new.public) then
        return new;
    end if;
    raise exception 'case_event is append-only: % is not allowed', tg_op;
end $$;
