-- Cases handed up a level for bench/search (issue 15 item 3), so that the district committee's dispatcher has a scope to
-- search: :share per 1,000 of the cases of the streets under qujiaoban's district are transferred up to it
-- (本辖区无法解决), a fifth of those on to the city; as the application records a transfer (case_transfer rows, the holder
-- on the case). Only when the district holds no transfers yet, so a second run changes nothing.
\set ON_ERROR_STOP on
begin;
create temp table moved on commit drop as
select c.id, d.id as district_id, d.path as district_key, ci.id as city_id, ci.path as city_key, c.submitted_at,
       coalesce(c.street_id, d.id) as street_id, abs(hashint8(c.id + 7)) % 5 = 0 as onward
from region d join region ci on ci.id = d.parent_id
join cases c on c.scope_key like d.path || '%'
where d.id = (select region_id from staff_user where username = 'qujiaoban') and abs(hashint8(c.id)) % 1000 < :share
  and not exists (select 1 from case_transfer t where t.to_key = d.path);
insert into case_transfer (case_id, from_region_id, to_region_id, to_key, upward, reason, created_at)
select id, street_id, district_id, district_key, true, '本辖区无法解决（压测）', submitted_at + interval '2 days' from moved
union all
select id, district_id, city_id, city_key, true, '本辖区无法解决（压测）', submitted_at + interval '4 days' from moved where onward;
update cases c set holding_region_id = case when m.onward then m.city_id else m.district_id end,
                   holding_key = case when m.onward then m.city_key else m.district_key end
from moved m where m.id = c.id;
commit;
analyze case_transfer;
