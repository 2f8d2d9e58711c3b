package org.mashang.stats.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mashang.cases.Satisfaction;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.Zones;
import org.mashang.receptions.ActivityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public yearly figures, for all stations or one, from the statistics' own tables. */
@Service
@Transactional(readOnly = true)
public class PublicStats {

    /** The indicator activities record money recovered for residents under (in 元). */
    public static final String MONEY_RECOVERED = "挽回经济损失";
    /** The roll-up's counters of the evaluations that count as satisfied, added up. */
    private static final String SATISFIED_COUNTERS = String.join(" + ", Arrays.stream(Satisfaction.values())
            .filter(Satisfaction::satisfied).map(StatsRecorder::counter).map(Counts::column).toList());

    private final JdbcClient jdbc;
    private final Directory directory;

    PublicStats(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public PublicFigures year(int year, Long stationId) {
        return year(year, stationId, "");
    }

    /** @param scope the scope key prefix of a region ("" for everywhere) */
    public PublicFigures year(int year, Long stationId, String scope) {
        StationCard station = stationId == null ? null : directory.station(stationId).orElse(null);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, Object> p = new HashMap<>();
        p.put("from", Date.valueOf(from));
        p.put("to", Date.valueOf(to));
        p.put("fromTs", Timestamp.from(from.atStartOfDay(Zones.CHINA).toInstant()));
        p.put("toTs", Timestamp.from(to.atStartOfDay(Zones.CHINA).toInstant()));
        p.put("station", stationId);
        p.put("scope", scope + "%");
        p.put("forum", ActivityKind.FORUM.name());
        String byStation = " and (cast(:station as bigint) is null or station_id = :station) and scope_key like :scope";

        // counted by the month a case was received: the roll-up rows of the year (a dozen per street), not every case
        var messages = jdbc.sql("""
                        select coalesce(sum(received), 0) received, coalesce(sum(evaluated), 0) evaluated,
                               coalesce(sum(%s), 0) satisfied, coalesce(sum(followed_up), 0) followed_up
                        from stat_monthly where dim = :dim and dim_id = :dimId and month >= :from and month < :to
                          and scope_key like :scope""".formatted(SATISFIED_COUNTERS))
                .params(p).param("dim", stationId == null ? StatsRecorder.ALL : StatsRecorder.STATION)
                .param("dimId", stationId == null ? 0L : stationId).query().singleRow();
        Map<Long, Long> solvedByStation = solvedByStation(p);
        var receptions = jdbc.sql("""
                        select count(*) n, coalesce(sum(residents), 0) residents,
                               (select count(distinct d) from stat_reception r2, unnest(r2.deputy_ids) d
                                where r2.day >= :from and r2.day < :to and (cast(:station as bigint) is null or r2.station_id = :station)
                                  and r2.scope_key like :scope) deputies
                        from stat_reception where day >= :from and day < :to""" + byStation)
                .params(p).query().singleRow();
        List<PublicFigures.KindCount> kinds = new ArrayList<>();
        Map<String, long[]> byKind = new LinkedHashMap<>();
        for (ActivityKind k : ActivityKind.values()) {
            byKind.put(k.name(), new long[2]);
        }
        jdbc.sql("select kind, count(*), coalesce(sum(attendance), 0) from stat_activity where day >= :from and day < :to"
                        + byStation + " group by kind")
                .params(p).query(rs -> {
                    long[] c = byKind.get(rs.getString(1));
                    if (c != null) {
                        c[0] = rs.getLong(2);
                        c[1] = rs.getLong(3);
                    }
                });
        byKind.forEach((k, c) -> kinds.add(new PublicFigures.KindCount(k, ActivityKind.valueOf(k).label(), c[0], c[1])));
        List<PublicFigures.OutcomeSum> outcomes = jdbc.sql("""
                        select indicator, unit, sum(amount) from (
                            select o.indicator, o.unit, o.amount from stat_outcome o join stat_activity a on a.activity_id = o.activity_id
                            where a.day >= :from and a.day < :to and (cast(:station as bigint) is null or a.station_id = :station)
                              and a.scope_key like :scope
                            union all
                            select indicator, unit, amount from stat_case_outcome
                            where day >= :from and day < :to""" + byStation + """
                        ) activities_and_cases
                        group by indicator, unit order by indicator""")
                .params(p).query((rs, n) -> new PublicFigures.OutcomeSum(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
        BigDecimal money = outcomes.stream().filter(o -> o.indicator().equals(MONEY_RECOVERED) && o.unit().equals("元"))
                .map(PublicFigures.OutcomeSum::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        long evaluated = ((Number) messages.get("evaluated")).longValue();
        long[] forum = byKind.get(ActivityKind.FORUM.name());
        return new PublicFigures(year, station == null ? "全部联络站" : station.name(), ((Number) messages.get("received")).longValue(),
                solvedByStation.values().stream().mapToLong(Long::longValue).sum(),
                evaluated == 0 ? null : 100.0 * ((Number) messages.get("satisfied")).longValue() / evaluated,
                ((Number) messages.get("followed_up")).longValue(),
                ((Number) receptions.get("n")).longValue(), ((Number) receptions.get("residents")).longValue(),
                ((Number) receptions.get("deputies")).longValue(), forum[0], forum[1], kinds, money, outcomes,
                station == null ? stationRows(p, scope, solvedByStation) : List.of());
    }

    /** Issues solved (first answered) in the year per station, from the index of answer times: one pass over the year's. */
    private Map<Long, Long> solvedByStation(Map<String, Object> p) {
        Map<Long, Long> solved = new HashMap<>();
        jdbc.sql("""
                        select station_id, count(*) from stat_case where closed_at >= :fromTs and closed_at < :toTs
                          and scope_key like :scope and (cast(:station as bigint) is null or station_id = :station)
                        group by station_id""")
                .params(p).query(rs -> {
                    solved.put(rs.getLong(1), rs.getLong(2));
                });
        return solved;
    }

    /** One row per active station: two grouped queries and the solved issues, however many stations there are. */
    private List<PublicFigures.StationRow> stationRows(Map<String, Object> p, String scope, Map<Long, Long> solved) {
        Map<Long, Long> residents = new HashMap<>();
        jdbc.sql("select station_id, sum(residents) from stat_reception where day >= :from and day < :to and scope_key like :scope"
                        + " group by station_id")
                .params(p).query(rs -> {
                    residents.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, long[]> forums = new HashMap<>();
        jdbc.sql("""
                        select station_id, count(*), sum(attendance) from stat_activity
                        where kind = :forum and day >= :from and day < :to and scope_key like :scope group by station_id""")
                .params(p).query(rs -> {
                    forums.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        List<PublicFigures.StationRow> rows = new ArrayList<>();
        for (StationCard s : directory.activeStations()) {
            if (!directory.scopeKey(s.streetId()).startsWith(scope)) {
                continue;
            }
            long[] f = forums.getOrDefault(s.id(), new long[2]);
            rows.add(new PublicFigures.StationRow(s.id(), s.name(), residents.getOrDefault(s.id(), 0L), f[0], f[1],
                    solved.getOrDefault(s.id(), 0L)));
        }
        return rows;
    }
}
