-- The dispatch queue's cases with an extension asked for start from the few assignments in that state instead of
-- checking every case of the scope for one (360 ms for a street of 20,000 cases at 1,000,000). Few distinct states:
-- the index is small (deduplicated).
create index assignment_state on assignment (state, case_id);
