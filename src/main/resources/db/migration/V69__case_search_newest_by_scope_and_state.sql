-- The staff search reads a street's cases and a state's cases newest first, stopping at a full page. A street's staff
-- searching for a common word walked the newest cases of the whole province until a page of the street's turned up
-- (11,394 read for 51 at 1,000,000 cases; 265 from the street's own newest); a province's administrator asking for one
-- state read every case of it and sorted them (1,385 buffers for the 430 reopened cases at 1,000,000, 1.6 s at
-- 10,000,000 for the dispatched ones), where the state's newest are read in order (54 buffers).
create index cases_scope_newest on cases (scope_key, submitted_at desc, id desc);
create index cases_state_newest on cases (state, submitted_at desc, id desc);
