-- The public wall (/cases), newest first: the public cases in the order it shows them, so its first page and its count
-- (capped) read a few index entries instead of sorting every public case (seconds at a province's millions). The states
-- the wall shows are bound from CaseState by the query, so the index is partial on is_public only (a predicate on a
-- bound array could not be matched by the planner); public cases not on the wall are few and skipped in the scan.
create index cases_wall on cases (submitted_at desc) where is_public;
