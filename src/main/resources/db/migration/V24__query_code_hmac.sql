-- Module cases: the query code's stored hash becomes an HMAC-SHA-256, under a server key kept outside the database,
-- of the SHA-256 of ticket and code. Rows stored before (false) are re-keyed by a one-off job at start; until then the
-- old hash is still accepted, so every code handed out keeps working.
alter table cases add column query_code_keyed boolean not null default false;
