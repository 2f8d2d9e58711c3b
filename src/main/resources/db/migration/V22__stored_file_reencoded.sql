-- Module platform: photos stored before uploads were re-encoded (JPEG, at most 2048 px, no metadata) are marked so
-- a one-off job re-encodes them; every photo stored from now on is re-encoded before it is saved.
alter table stored_file add column reencoded boolean not null default false;
create index stored_file_not_reencoded on stored_file (id) where not reencoded;
