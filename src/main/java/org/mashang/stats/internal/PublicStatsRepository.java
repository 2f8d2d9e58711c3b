package org.mashang.stats.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.Satisfaction;
import org.mashang.receptions.ActivityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public figures' statements over the statistics' own tables, for a period, all stations or one, in a region. */
@Repository
@RequiredArgsConstructor
class PublicStatsRepository {

    /** Days {@code from} (included) to {@code to} (excluded); {@code station} null for all; {@code scope} a region's scope-key prefix. */
    record Period(LocalDate from, LocalDate to, @Nullable Long station, String scope) {
    }

    record MessageTotals(long received, long evaluated, long satisfied, long followedUp) {
    }

    record ReceptionTotals(long receptions, long residents, long deputies) {
    }

    /** How many of something there were and how many people took part. */
    record Count(long count, long people) {
        static final Count NONE = new Count(0, 0);
    }

    /** The roll-up's counters of the evaluations that count as satisfied, added up. */
    private static final String SATISFIED_COUNTERS = String.join(" + ", Arrays.stream(Satisfaction.values())
            .filter(Satisfaction::satisfied).map(StatsRecorder::counter).map(Counts::column).toList());
    /** Counted by the month a case was received: the roll-up rows of the period (a dozen a year per street), not every case. */
    private static final String MESSAGES = """
            select coalesce(sum(received), 0) received, coalesce(sum(evaluated), 0) evaluated,
                   coalesce(sum(%s), 0) satisfied, coalesce(sum(followed_up), 0) followed_up
            from stat_monthly where dim = :dim and dim_id = :dimId and month >= :from and month < :to
              and scope_key like :scope""".formatted(SATISFIED_COUNTERS);

    private final JdbcClient jdbc;

    /** All stations of a region: its own all-cases rows (stat_region_monthly, a dozen a year), not its streets'. */
    private static final String REGION_MESSAGES = """
            select coalesce(sum(received), 0) received, coalesce(sum(evaluated), 0) evaluated,
                   coalesce(sum(%s), 0) satisfied, coalesce(sum(followed_up), 0) followed_up
            from stat_region_monthly where scope_key = :region and dim = :dim and dim_id = 0 and month >= :from and month < :to"""
            .formatted(SATISFIED_COUNTERS);

    MessageTotals messages(Period p) {
        if (p.station() == null) {
            return bind(jdbc.sql(REGION_MESSAGES), p).param("region", p.scope()).param("dim", StatsRecorder.ALL)
                    .query(MessageTotals.class).single();
        }
        return bind(jdbc.sql(MESSAGES), p).param("dim", StatsRecorder.STATION).param("dimId", p.station())
                .query(MessageTotals.class).single();
    }

    /**
     * Issues solved (first answered) in the period per station, from their monthly counts (stat_solved: a dozen rows a year
     * per station, not every answer); the period is whole months (a year).
     */
    Map<Long, Long> solvedByStation(Period p) {
        Map<Long, Long> solved = new HashMap<>();
        bind(jdbc.sql("""
                        select station_id, sum(solved) from stat_solved where month >= :from and month < :to
                          and scope_key like :scope and (cast(:station as bigint) is null or station_id = :station)
                        group by station_id"""), p)
                .query(rs -> {
                    solved.put(rs.getLong(1), rs.getLong(2));
                });
        return solved;
    }

    /**
     * Reception days, residents received and the deputies who received them. For one station its receptions' deputies;
     * for all stations of a region the deputies whose year counts a reception (stat_deputy_year, one row a deputy: read
     * from its receptions index alone, where 48,000 deputy entries of a province's year were unnested and sorted).
     */
    ReceptionTotals receptions(Period p) {
        String deputies = p.station() == null ? """
                (select count(*) from stat_deputy_year y where y.year = :year and y.receptions > 0 and y.scope_key like :scope)"""
                : """
                (select count(distinct d) from stat_reception r2, unnest(r2.deputy_ids) d
                 where r2.day >= :from and r2.day < :to and r2.station_id = :station and r2.scope_key like :scope)""";
        return bind(jdbc.sql("""
                        select count(*) receptions, coalesce(sum(residents), 0) residents, %s deputies
                        from stat_reception where day >= :from and day < :to
                          and (cast(:station as bigint) is null or station_id = :station) and scope_key like :scope""".formatted(deputies)), p)
                .param("year", p.from().getYear()).query(ReceptionTotals.class).single();
    }

    /** Activities per kind that had any in the period, with their attendance. */
    Map<ActivityKind, Count> activities(Period p) {
        Map<ActivityKind, Count> kinds = new EnumMap<>(ActivityKind.class);
        bind(jdbc.sql("""
                        select kind, count(*), coalesce(sum(attendance), 0) from stat_activity where day >= :from and day < :to
                          and (cast(:station as bigint) is null or station_id = :station) and scope_key like :scope
                        group by kind"""), p)
                .query(rs -> {
                    kinds.put(ActivityKind.valueOf(rs.getString(1)), new Count(rs.getLong(2), rs.getLong(3)));
                });
        return kinds;
    }

    /** The outcome lines of activities and cases, summed per indicator and unit. */
    List<PublicFigures.OutcomeSum> outcomes(Period p) {
        return bind(jdbc.sql("""
                        select indicator, unit, sum(amount) amount from (
                            select o.indicator, o.unit, o.amount from stat_outcome o join stat_activity a on a.activity_id = o.activity_id
                            where a.day >= :from and a.day < :to and (cast(:station as bigint) is null or a.station_id = :station)
                              and a.scope_key like :scope
                            union all
                            select indicator, unit, amount from stat_case_outcome
                            where day >= :from and day < :to and (cast(:station as bigint) is null or station_id = :station)
                              and scope_key like :scope
                        ) activities_and_cases
                        group by indicator, unit order by indicator"""), p)
                .query(PublicFigures.OutcomeSum.class).list();
    }

    /** Residents received per station in the period (all stations of the region). */
    Map<Long, Long> residentsByStation(Period p) {
        Map<Long, Long> residents = new HashMap<>();
        bind(jdbc.sql("""
                        select station_id, sum(residents) from stat_reception where day >= :from and day < :to and scope_key like :scope
                        group by station_id"""), p)
                .query(rs -> {
                    residents.put(rs.getLong(1), rs.getLong(2));
                });
        return residents;
    }

    /** Forums per station in the period, with their attendance (all stations of the region). */
    Map<Long, Count> forumsByStation(Period p) {
        Map<Long, Count> forums = new HashMap<>();
        bind(jdbc.sql("""
                        select station_id, count(*), sum(attendance) from stat_activity
                        where kind = :forum and day >= :from and day < :to and scope_key like :scope group by station_id"""), p)
                .param("forum", ActivityKind.FORUM.name())
                .query(rs -> {
                    forums.put(rs.getLong(1), new Count(rs.getLong(2), rs.getLong(3)));
                });
        return forums;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Period p) {
        return statement.param("from", Date.valueOf(p.from())).param("to", Date.valueOf(p.to()))
                .param("station", p.station(), java.sql.Types.BIGINT).param("scope", p.scope() + "%");
    }
}
