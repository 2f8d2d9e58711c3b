package org.mashang.stats.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.Satisfaction;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.Zones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public league tables (履职公示) of deputies and departments for a year and a region or station, read from the same
 * statistics tables as the dashboard: the monthly roll-ups (per deputy, per department), the statistics' copies of
 * receptions, activities and proposals, and for departments' satisfaction an indexed aggregate over the row-per-case
 * table of the region and year. A handful of grouped queries, however many deputies there are.
 */
@Service
@Transactional(readOnly = true)
public class League {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final int minimum;

    League(JdbcClient jdbc, Directory directory, @Value("${mashang.league.minimum-count:5}") int minimum) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.minimum = minimum;
    }

    public int minimum() {
        return minimum;
    }

    /** @param scope the region's scope key prefix ("" for everywhere) */
    public List<LeagueRows.Deputy> deputies(int year, String scope, Long stationId) {
        Map<String, Object> p = params(year, scope);
        Map<Long, long[]> cases = new HashMap<>();
        jdbc.sql("""
                        select dim_id, sum(received), sum(first_replies), sum(first_reply_on_time), sum(resident_reply_done),
                               sum(resident_reply_on_time), sum(evaluated), sum(satisfied) + sum(basically_satisfied), sum(closed),
                               sum(reopened)
                        from stat_monthly where dim = :dim and scope_key like :scope and month >= :from and month < :to
                        group by dim_id""")
                .params(p).param("dim", StatsRecorder.DEPUTY).query(rs -> {
                    long[] c = new long[9];
                    for (int i = 0; i < c.length; i++) {
                        c[i] = rs.getLong(i + 2);
                    }
                    cases.put(rs.getLong(1), c);
                });
        Map<Long, Long> receptions = perDeputy(PerDeputy.RECEPTIONS, p);
        Map<Long, Long> activities = perDeputy(PerDeputy.ACTIVITIES, p);
        Map<Long, Long> proposals = perDeputy(PerDeputy.PROPOSALS, p);
        List<LeagueRows.Deputy> rows = new ArrayList<>();
        for (DeputyCard d : servingDeputies(scope, stationId)) {
            long[] c = cases.getOrDefault(d.id(), new long[9]);
            rows.add(new LeagueRows.Deputy(d.id(), d.name(), d.code(), d.level().label(), d.stationName(), c[0], c[1], c[2], c[3], c[4],
                    c[5], c[6], c[7], c[8], receptions.getOrDefault(d.id(), 0L), activities.getOrDefault(d.id(), 0L),
                    proposals.getOrDefault(d.id(), 0L), minimum));
        }
        return rows;
    }

    public List<LeagueRows.Department> departments(int year, String scope) {
        Map<String, Object> p = params(year, scope);
        Map<Long, long[]> work = new LinkedHashMap<>();
        jdbc.sql("""
                        select department_id, sum(dispatched), sum(reported), sum(returned), sum(done), sum(done_on_time)
                        from stat_department_monthly where scope_key like :scope and month >= :from and month < :to
                        group by department_id""")
                .params(p).query(rs -> {
                    work.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)});
                });
        Map<Long, long[]> outcomes = new HashMap<>();
        jdbc.sql("""
                        select d, count(*), count(closed_at), count(satisfaction),
                               count(*) filter (where satisfaction = any(:satisfied))
                        from stat_case, unnest(departments) d
                        where scope_key like :scope and submitted_at >= :fromTs and submitted_at < :toTs group by d""")
                .params(p).query(rs -> {
                    outcomes.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        List<LeagueRows.Department> rows = new ArrayList<>();
        for (DepartmentRef d : directory.activeDepartments()) {
            if (!work.containsKey(d.id()) && !outcomes.containsKey(d.id()) && !serves(d, scope)) {
                continue;
            }
            long[] w = work.getOrDefault(d.id(), new long[5]);
            long[] o = outcomes.getOrDefault(d.id(), new long[4]);
            rows.add(new LeagueRows.Department(d.id(), d.name(), w[0], w[1], w[2], w[3], w[4], o[0], o[1], o[2], o[3], minimum));
        }
        return rows;
    }

    /** Serving deputies of the station, or of every active station in the region. */
    private List<DeputyCard> servingDeputies(String scope, Long stationId) {
        List<DeputyCard> out = new ArrayList<>();
        for (StationCard s : directory.activeStations()) {
            if ((stationId == null || s.id() == stationId) && directory.scopeKey(s.streetId()).startsWith(scope)) {
                out.addAll(directory.deputiesOfStation(s.id(), true));
            }
        }
        return out;
    }

    /** A department of the region, or of a region above it that the region's streets send cases to. */
    private boolean serves(DepartmentRef d, String scope) {
        String key = directory.scopeKey(d.regionId());
        return key.startsWith(scope) || scope.startsWith(key);
    }

    /** What is counted per deputy beside the cases, each a grouped query over the statistics' copy. */
    @RequiredArgsConstructor
    private enum PerDeputy {
        RECEPTIONS("""
                select d, count(*) from stat_reception, unnest(deputy_ids) d
                where scope_key like :scope and day >= :from and day < :to group by d"""),
        ACTIVITIES("""
                select d, count(*) from stat_activity, unnest(deputy_ids) d
                where scope_key like :scope and day >= :from and day < :to group by d"""),
        PROPOSALS("""
                select lead_deputy_id, count(*) from stat_proposal
                where scope_key like :scope and submitted_at >= :fromTs and submitted_at < :toTs group by 1""");

        private final String statement;
    }

    private Map<Long, Long> perDeputy(PerDeputy counted, Map<String, Object> p) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql(counted.statement).params(p).query(rs -> {
            out.put(rs.getLong(1), rs.getLong(2));
        });
        return out;
    }

    private static Map<String, Object> params(int year, String scope) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, Object> p = new HashMap<>();
        p.put("scope", scope + "%");
        p.put("satisfied", org.mashang.platform.EnumNames.where(Satisfaction.values(), Satisfaction::satisfied));
        p.put("from", Date.valueOf(from));
        p.put("to", Date.valueOf(to));
        p.put("fromTs", Timestamp.from(from.atStartOfDay(Zones.CHINA).toInstant()));
        p.put("toTs", Timestamp.from(to.atStartOfDay(Zones.CHINA).toInstant()));
        return p;
    }
}
