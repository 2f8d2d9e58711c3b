-- The public wall's counts per state, for all public cases and per category, deputy and block (dim 0, 1, 2, 3; dim_id 0
-- for all, and for a case without a deputy or block), kept by a trigger on every change of a case that moves it on or
-- off the wall or between its filters (whatever statement makes it: review, merge, a transfer, a resident's choice), so
-- the wall's total and a filter's count are a sum of a dozen rows instead of reading up to 10,001 of the cases' index
-- entries on every page (25-30 ms at 1,000,000 cases, over a second at 10,000,000 where the index is not in memory).
-- Each row is striped over 16 slots by the writer's backend, as stat_monthly is, so concurrent messages do not queue
-- for the all-cases row; readers sum the slots.
create table wall_count (
    dim    smallint    not null,
    dim_id bigint      not null,
    state  varchar(24) not null,
    slot   smallint    not null,
    cases  bigint      not null,
    primary key (dim, dim_id, state, slot)
);

create function wall_count_kept() returns trigger language plpgsql as $$
declare
    s smallint := pg_backend_pid() % 16;
begin
    if tg_op = 'UPDATE' and old.is_public = new.is_public and old.state = new.state and old.category_id = new.category_id
            and old.deputy_id is not distinct from new.deputy_id and old.block_id is not distinct from new.block_id then
        return null; -- nothing the wall counts by changed
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.is_public then
        insert into wall_count as w (dim, dim_id, state, slot, cases)
        select d, i, old.state, s, -1
        from unnest(array[0, 1, 2, 3], array[0, old.category_id, coalesce(old.deputy_id, 0), coalesce(old.block_id, 0)]) as x(d, i)
        on conflict (dim, dim_id, state, slot) do update set cases = w.cases - 1;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.is_public then
        insert into wall_count as w (dim, dim_id, state, slot, cases)
        select d, i, new.state, s, 1
        from unnest(array[0, 1, 2, 3], array[0, new.category_id, coalesce(new.deputy_id, 0), coalesce(new.block_id, 0)]) as x(d, i)
        on conflict (dim, dim_id, state, slot) do update set cases = w.cases + 1;
    end if;
    return null;
end $$;

create trigger cases_wall_count after insert or delete or update of is_public, state, category_id, deputy_id, block_id on cases
    for each row execute function wall_count_kept();

insert into wall_count (dim, dim_id, state, slot, cases)
select d, i, state, 0, count(*)
from cases c, unnest(array[0, 1, 2, 3], array[0, c.category_id, coalesce(c.deputy_id, 0), coalesce(c.block_id, 0)]) as x(d, i)
where c.is_public
group by d, i, state;
