package org.mashang.stats.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.stats.internal.DashboardRepository.DepartmentTotals;
import org.mashang.stats.internal.DashboardRepository.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A whole region's year by deputy or block and by department, from the rows kept per region ({@link RegionRollUps}):
 * the largest in the order of an index, as many as a page lists, with how many rows there are in all (deputies and blocks
 * from their kept count, departments counted from the index) and the striped "none" / all-departments rows read by their key.
 */
@Repository
@RequiredArgsConstructor
class RegionYearRepository {

    /** A region's departments of a year: the most dispatched (or the one asked for), how many there are, all of them added up. */
    record Departments(List<DepartmentTotals> listed, long rows, DepartmentTotals all) {
    }

    private final JdbcClient jdbc;

    /** The {@code limit} largest by received (ties by id), the "none" row (id 0) among them where it ranks. */
    List<Slice> largest(String region, int dim, int year, int limit) {
        List<long[]> rows = jdbc.sql("""
                        select dim_id, received, closed from stat_region_yearly
                        where scope_key = :region and dim = :dim and year = :year and dim_id <> 0 and (received <> 0 or closed <> 0)
                        order by received desc, dim_id limit :limit""")
                .param("region", region).param("dim", dim).param("year", year).param("limit", limit)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        long[] rest = jdbc.sql("""
                        select (select coalesce(sum(rows), 0) from stat_region_year_rows
                                where scope_key = :region and dim = :dim and year = :year),
                               coalesce(sum(received), 0), coalesce(sum(closed), 0)
                        from stat_region_yearly where scope_key = :region and dim = :dim and year = :year and dim_id = 0""")
                .param("region", region).param("dim", dim).param("year", year)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        boolean none = rest[1] != 0 || rest[2] != 0;
        if (none) {
            rows = new ArrayList<>(rows);
            rows.add(new long[] {0, rest[1], rest[2]});
            rows.sort(Comparator.comparingLong((long[] r) -> -r[1]).thenComparingLong(r -> r[0]));
        }
        long all = rest[0] + (none ? 1 : 0);
        return rows.stream().limit(limit).map(r -> new Slice(r[0], r[1], r[2], all)).toList();
    }

    /** The {@code limit} most dispatched departments of the region's year, or only {@code department} when one is asked for. */
    Departments departments(String region, int year, @Nullable Long department, int limit) {
        String which = department == null ? " and department_id <> 0" : " and department_id = :department";
        List<DepartmentTotals> listed = jdbc.sql("""
                        select department_id, dispatched, reported, returned, done, done_on_time, handle_hours_sum, escalations
                        from stat_region_department_yearly where scope_key = :region and year = :year""" + which
                        + " order by dispatched desc, department_id limit :limit")
                .param("region", region).param("year", year).param("department", department, java.sql.Types.BIGINT)
                .param("limit", limit).query((rs, n) -> totals(rs, rs.getLong("department_id"))).list();
        if (department != null) {
            return new Departments(listed, listed.size(), listed.isEmpty() ? totals(0) : listed.get(0));
        }
        long rows = jdbc.sql("""
                        select count(*) from stat_region_department_yearly
                        where scope_key = :region and year = :year and department_id <> 0""")
                .param("region", region).param("year", year).query(Long.class).single();
        DepartmentTotals all = jdbc.sql("""
                        select sum(dispatched) dispatched, sum(reported) reported, sum(returned) returned, sum(done) done,
                               sum(done_on_time) done_on_time, sum(handle_hours_sum) handle_hours_sum, sum(escalations) escalations
                        from stat_region_department_yearly where scope_key = :region and year = :year and department_id = 0""")
                .param("region", region).param("year", year).query((rs, n) -> totals(rs, 0)).single();
        return new Departments(listed, rows, all);
    }

    private static DepartmentTotals totals(long departmentId) {
        return new DepartmentTotals(departmentId, 0, 0, 0, 0, 0, 0, 0);
    }

    private static DepartmentTotals totals(java.sql.ResultSet rs, long departmentId) throws java.sql.SQLException {
        return new DepartmentTotals(departmentId, rs.getLong("dispatched"), rs.getLong("reported"), rs.getLong("returned"),
                rs.getLong("done"), rs.getLong("done_on_time"), rs.getDouble("handle_hours_sum"), rs.getLong("escalations"));
    }
}
