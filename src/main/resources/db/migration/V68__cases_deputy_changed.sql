-- The deputy's workbench lists each group of states the most recently changed first, a page at a time. With the time of
-- the last change in the index, each state's page of the deputy's own cases and of their station's pool is read in that
-- order from where the page starts, and each group's count from the index alone, rather than every case of the deputy
-- and of the pool being read and sorted (11,286 of the busy deputy at 10,000,000 cases, nearly all answered long ago).
-- The deputy's index serves the (deputy_id, state) look-ups of the index it replaces; the pool's holds only pool cases
-- and the deputy answering for each, so counting the pool cases not already the deputy's own reads no table rows.
create index cases_deputy_state_changed on cases (deputy_id, state, updated_at desc, id desc);
drop index cases_deputy_state;
create index cases_pool_state_changed on cases (station_id, state, updated_at desc, id desc) include (deputy_id) where pool;
