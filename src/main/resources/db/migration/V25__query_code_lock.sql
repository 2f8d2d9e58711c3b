-- Module cases: after too many wrong query codes for one ticket, the code no longer opens the case until the resident
-- proves the phone left with it (/verify, then "my cases").
alter table cases add column query_code_locked_at timestamptz;
