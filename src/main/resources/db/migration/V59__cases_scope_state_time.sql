-- A committee's queues ask for the cases of one street in one state in the order they came in (review: the oldest
-- waiting first; the lists of answered cases: the newest first). With the submission time in the index, a street's
-- queue reads the few rows it shows in order instead of every case of that state (or, as the planner often chose, the
-- newest cases of the whole province until enough of the street's turned up: 110 ms at 1,000,000 cases). It still
-- serves a region's range of keys (pattern ops) like the index it replaces.
create index cases_scope_state_time on cases (scope_key varchar_pattern_ops, state, submitted_at);
drop index cases_scope;
