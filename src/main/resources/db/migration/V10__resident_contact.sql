-- Module cases, for notifications: a resident may leave an email as well as (or instead of) a phone,
-- and a resident who verified a phone can list every case left with it.
alter table cases add column resident_email varchar(100);
create index cases_resident_phone on cases (resident_phone) where resident_phone is not null;
