-- Module cases: the day seals by day (the last sealed day, a day's seals of every street on /cases/seals): a province
-- keeps some 2,000 streets' seals a day, which the primary key (street, day) does not find by day.
create index timeline_day_seal_day on timeline_day_seal (day);
