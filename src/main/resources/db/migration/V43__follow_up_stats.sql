-- 回访: evaluations staff recorded by phone for residents who could not evaluate online are counted apart
alter table stat_case add column follow_up boolean not null default false;
alter table stat_monthly add column followed_up int not null default 0;
