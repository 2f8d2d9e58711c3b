-- The evaluation reminder looks every few seconds for cases answered within a week: by the time of the answer, not by
-- reading every case (at 1,000,000 cases it was a parallel scan of the table, 0.7 s of three processes each run).
create index cases_closed_at on cases (closed_at) where closed_at is not null;
