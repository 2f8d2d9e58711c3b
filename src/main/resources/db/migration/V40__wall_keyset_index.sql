-- The wall's pages are read from where the page before or after ends (its links carry the last case shown: submission
-- time and id), not by skipping rows: the wall's index gets the id, so cases submitted in the same instant keep one order
-- and page 5,000 costs what page 1 does.
drop index if exists cases_wall;
create index cases_wall on cases (submitted_at desc, id desc) where is_public;
