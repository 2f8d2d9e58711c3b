package org.mashang.stats.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.Satisfaction;
import org.mashang.platform.EnumNames;
import org.mashang.platform.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The departments' league table's grouped statements over the statistics' tables, for a year of a region (scope-key prefix). */
@Repository
@RequiredArgsConstructor
class LeagueRepository {

    private final JdbcClient jdbc;

    /** Per department: dispatched, reported, returned, done, done on time — from the departments' monthly roll-ups. */
    Map<Long, long[]> departmentWork(int year, String scope) {
        Map<Long, long[]> work = new LinkedHashMap<>();
        bind(jdbc.sql("""
                        select department_id, sum(dispatched), sum(reported), sum(returned), sum(done), sum(done_on_time)
                        from stat_department_monthly where scope_key like :scope and month >= :from and month < :to
                        group by department_id"""), year, scope)
                .query(rs -> {
                    work.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)});
                });
        return work;
    }

    /** Per department the cases received in the year went to: cases, closed, evaluated, satisfied. */
    Map<Long, long[]> departmentOutcomes(int year, String scope) {
        Map<Long, long[]> outcomes = new HashMap<>();
        bind(jdbc.sql("""
                        select d, count(*), count(closed_at), count(satisfaction),
                               count(*) filter (where satisfaction = any(:satisfied))
                        from stat_case, unnest(departments) d
                        where scope_key like :scope and submitted_at >= :fromTs and submitted_at < :toTs group by d"""), year, scope)
                .param("satisfied", EnumNames.where(Satisfaction.values(), Satisfaction::satisfied))
                .query(rs -> {
                    outcomes.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        return outcomes;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, int year, String scope) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        return statement.param("scope", scope + "%").param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("fromTs", Timestamp.from(from.atStartOfDay(Zones.CHINA).toInstant()))
                .param("toTs", Timestamp.from(to.atStartOfDay(Zones.CHINA).toInstant()));
    }
}
