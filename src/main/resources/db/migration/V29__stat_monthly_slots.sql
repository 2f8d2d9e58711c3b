-- Each monthly roll-up row is striped over slots, one per database connection (pg_backend_pid() % 16): concurrent
-- transactions no longer queue for the same row of the month (the all-cases row of a street was updated by every new
-- message) until each one's commit is on disk. Readers sum the slots, as they already sum streets.
alter table stat_monthly add column slot smallint not null default 0;
alter table stat_monthly drop constraint stat_monthly_pkey;
alter table stat_monthly add constraint stat_monthly_pkey primary key (month, street_id, dim, dim_id, slot);
