-- The staff search in a deputy's scope (their own cases, their station's pool, the cases they joined) gathered every case
-- of each part and sorted them for one page: ~4,000 cases and 36–69 ms of database CPU at 1,000,000 cases, ten times that
-- at 10,000,000. With the time in the index each part's newest are read in order, a page of each, and merged.
create index cases_deputy_newest on cases (deputy_id, submitted_at desc, id desc) where deputy_id is not null;
create index cases_pool_newest on cases (station_id, submitted_at desc, id desc) where pool;
