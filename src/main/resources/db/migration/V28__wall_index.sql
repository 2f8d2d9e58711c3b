-- The public wall (/cases), newest first: the cases it shows, in the order it shows them, so its first page and its
-- count (capped) read a few index entries instead of sorting every public case (seconds at a province's millions).
create index cases_wall on cases (submitted_at desc) where is_public and state not in ('SUBMITTED', 'REJECTED', 'MERGED');
