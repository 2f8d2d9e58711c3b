package org.mashang.stats.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the yearly roll-ups per region for {@link RollUps}: a case's deputy and block (stat_region_yearly) and a
 * department's work (stat_region_department_yearly), for the case's street and every region above it, so a region's
 * breakdown for a year is read in order from an index (the 200 largest) instead of summed over its streets. The "none"
 * rows (no deputy, no block) and the all-departments row are written by every case of a region: they alone are striped
 * over slots, one per connection (see {@link RollUps#SLOTS}).
 */
@Repository
@RequiredArgsConstructor
class RegionRollUps {

    /** The dimensions kept per region and year: those whose values are a street's own and many (a province's 100,000 deputies). */
    static final List<Integer> DIMS = List.of(StatsRecorder.DEPUTY, StatsRecorder.BLOCK);

    private static final String SLOT = "cast(case when %s = 0 then pg_backend_pid() %% :slots else 0 end as smallint)";

    /**
     * The rows, and how many rows with a case each region's year has (stat_region_year_rows): a row counts once it has
     * received or closed one and stops when both are back at 0 (a case moved to another deputy); what it had before is
     * what it has now less this change's amounts, or nothing when the change made it.
     */
    private static final String YEARLY = """
            with added as (
                insert into stat_region_yearly as y (scope_key, dim, year, dim_id, slot, received, closed)
                select r.scope_key, d.dim, :year, d.dim_id, %s, :received, :closed
                from unnest(cast(:regions as varchar[])) as r(scope_key), unnest(cast(:dims as int[]), cast(:dimIds as bigint[])) as d(dim, dim_id)
                on conflict (scope_key, dim, year, dim_id, slot) do update set
                    received = y.received + excluded.received, closed = y.closed + excluded.closed
                returning y.scope_key, y.dim, y.dim_id, y.received, y.closed, y.xmax::text = '0' as made
            ), counted as (
                select scope_key, dim, sum(case when received <> 0 or closed <> 0 then 1 else 0 end
                    - case when not made and (received - :received <> 0 or closed - :closed <> 0) then 1 else 0 end) rows
                from added where dim_id <> 0 group by scope_key, dim
            )
            insert into stat_region_year_rows as c (scope_key, dim, year, slot, rows)
            select scope_key, dim, :year, cast(pg_backend_pid() %% :slots as smallint), rows from counted where rows <> 0
            on conflict (scope_key, dim, year, slot) do update set rows = c.rows + excluded.rows""".formatted(SLOT.formatted("d.dim_id"));

    private static final String DEPARTMENT = """
            insert into stat_region_department_yearly as y (scope_key, year, department_id, slot, dispatched, reported, returned,
                done, done_on_time, handle_hours_sum, escalations)
            select r.scope_key, :year, d, %s, :dispatched, :reported, :returned, :done, :done_on_time, :handle_hours_sum, :escalations
            from unnest(cast(:regions as varchar[])) as r(scope_key), unnest(array[cast(:department as bigint), 0]) d
            on conflict (scope_key, year, department_id, slot) do update
            set (dispatched, reported, returned, done, done_on_time, handle_hours_sum, escalations)
                = (y.dispatched + excluded.dispatched, y.reported + excluded.reported, y.returned + excluded.returned,
                   y.done + excluded.done, y.done_on_time + excluded.done_on_time, y.handle_hours_sum + excluded.handle_hours_sum,
                   y.escalations + excluded.escalations)""".formatted(SLOT.formatted("d"));

    private final JdbcClient jdbc;

    /** Adds received and closed to the case's deputy's and block's rows ({@code dims}/{@code dimIds} of {@link #DIMS} only). */
    void addCases(RollUps.Fact f, Integer[] dims, Long[] dimIds, Object received, Object closed) {
        jdbc.sql(YEARLY).param("regions", RollUps.regions(f.scopeKey()).toArray(String[]::new)).param("year", f.month().getYear())
                .param("slots", RollUps.SLOTS).param("dims", dims).param("dimIds", dimIds).param("received", received)
                .param("closed", closed).update();
    }

    /** Adds a department's change to its rows and the all-departments rows of the case's regions. */
    void addDepartment(RollUps.Fact f, long departmentId, Counts<Counts.Department> add) {
        var spec = jdbc.sql(DEPARTMENT).param("regions", RollUps.regions(f.scopeKey()).toArray(String[]::new))
                .param("year", f.month().getYear()).param("slots", RollUps.SLOTS).param("department", departmentId);
        for (Counts.Department counter : Counts.Department.values()) {
            spec = spec.param(Counts.column(counter), add.amount(counter));
        }
        spec.update();
    }
}
