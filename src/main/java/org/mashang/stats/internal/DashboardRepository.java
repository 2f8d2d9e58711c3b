package org.mashang.stats.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.Channel;
import org.mashang.platform.Zones;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's statements: totals per month from the roll-up rows, breakdowns from the roll-ups (whole region) or
 * from the row per case (one deputy or station), departments, and the open cases by age. Each statement is whole here;
 * the filter is typed ({@link Period}), and what varies is chosen from the constants of {@link Narrowing} and {@link Breakdown}.
 */
@Repository
class DashboardRepository {

    /** Counted for the whole region, or for one station or one deputy (the narrowest named wins). */
    @RequiredArgsConstructor
    enum Narrowing {
        ALL(StatsRecorder.ALL, ""),
        STATION(StatsRecorder.STATION, " and station_id = :narrowedTo"),
        DEPUTY(StatsRecorder.DEPUTY, " and deputy_id = :narrowedTo");

        final int dim;
        private final String condition;
    }

    /** A breakdown: its roll-up dimension and its key in the row per case (0 for none: no block, no deputy yet). */
    @RequiredArgsConstructor
    enum Breakdown {
        CHANNEL(StatsRecorder.CHANNEL, "channel"),
        CATEGORY(StatsRecorder.CATEGORY, "coalesce(category_id, 0)"),
        BLOCK(StatsRecorder.BLOCK, "coalesce(block_id, 0)"),
        DEPUTY(StatsRecorder.DEPUTY, "coalesce(deputy_id, 0)"),
        STATION(StatsRecorder.STATION, "coalesce(station_id, 0)");

        final int dim;
        private final String key;
    }

    /** Cases of the region (scope-key prefix) received from {@code firstDay} to before {@code endDay}, narrowed, of a department. */
    record Period(String scope, LocalDate firstDay, LocalDate endDay, Narrowing narrowing, long narrowedTo, @Nullable Long department) {

        Instant from() {
            return firstDay.atStartOfDay(Zones.CHINA).toInstant();
        }

        Instant to() {
            return endDay.atStartOfDay(Zones.CHINA).toInstant();
        }
    }

    /**
     * One value of a breakdown (a channel by its ordinal) with its cases received and closed, and how many values the
     * whole breakdown has (a page reads only the largest: a province's year has tens of thousands of deputies and blocks).
     */
    record Slice(long id, long received, long closed, long rows) {
    }

    record DepartmentTotals(long departmentId, long dispatched, long reported, long returned, long done, long doneOnTime,
                            double hours, long escalations) {
    }

    private static final String COUNTERS = """
            received, accepted, rejected, closed, close_hours_sum, close_hist, first_replies, first_reply_on_time,
            first_reply_hours_sum, first_reply_hist, review_done, review_on_time, resident_reply_done, resident_reply_on_time,
            evaluated, satisfied, basically_satisfied, unsatisfied, reopened, escalations, followed_up""";
    private static final String CASES_OF_PERIOD = " from stat_case where scope_key like :scope and submitted_at >= :from and submitted_at < :to";

    private final JdbcClient jdbc;
    /** For the export: PostgreSQL streams rows with a cursor only when a fetch size is set inside a transaction. */
    private final JdbcClient streaming;

    DashboardRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(CaseExport.BATCH);
        this.streaming = JdbcClient.create(template);
    }

    /**
     * Totals per month: for the whole region from its own rows (stat_region_monthly: a dozen a year however many streets it
     * has), for a station or deputy from that dimension's rows.
     */
    Map<YearMonth, Figures> monthly(Period p) {
        Map<YearMonth, Figures> out = new TreeMap<>();
        String rows = p.narrowing() == Narrowing.ALL
                ? "stat_region_monthly where scope_key = :region and dim = :dim and dim_id = :narrowedTo"
                : "stat_monthly where scope_key like :scope and dim = :dim and dim_id = :narrowedTo";
        jdbc.sql("select month, " + COUNTERS + " from " + rows + " and month >= :fromDay and month < :endDay")
                .param("region", p.scope()).param("scope", p.scope() + "%").param("dim", p.narrowing().dim)
                .param("narrowedTo", p.narrowedTo())
                .param("fromDay", Date.valueOf(p.firstDay())).param("endDay", Date.valueOf(p.endDay()))
                .query(rs -> {
                    YearMonth month = YearMonth.from(rs.getDate("month").toLocalDate());
                    out.merge(month, figures(rs), Figures::plus);
                });
        return out;
    }

    /** A breakdown of the whole region by a dimension streets share (category, channel), from the region's own rows. */
    List<Slice> breakdownFromRegionRows(Period p, Breakdown b, int limit) {
        return jdbc.sql("""
                        select dim_id id, sum(received) received, sum(closed) closed, count(*) over () rows from stat_region_monthly
                        where scope_key = :region and dim = :dim and month >= :fromDay and month < :endDay
                        group by dim_id having sum(received) <> 0 or sum(closed) <> 0 order by sum(received) desc, dim_id
                        limit :limit""")
                .param("region", p.scope()).param("dim", b.dim).param("limit", limit)
                .param("fromDay", Date.valueOf(p.firstDay())).param("endDay", Date.valueOf(p.endDay()))
                .query(Slice.class).list();
    }

    /**
     * A breakdown of the whole region: the whole years of the period from the yearly rows, the months before and after
     * them from the monthly ones ({@code yearsFrom}..{@code yearsTo} the whole years, empty when equal); the {@code limit}
     * largest (ties by id).
     */
    List<Slice> breakdownFromRollUps(Period p, Breakdown b, LocalDate yearsFrom, LocalDate yearsTo, int limit) {
        return jdbc.sql("""
                        select dim_id id, sum(received) received, sum(closed) closed, count(*) over () rows from (
                            select dim_id, received, closed from stat_yearly
                            where dim = :dim and year >= :fromYear and year < :toYear and scope_key like :scope
                            union all
                            select dim_id, received, closed from stat_monthly
                            where dim = :dim and month >= :fromDay and month < :yearsFrom and scope_key like :scope
                            union all
                            select dim_id, received, closed from stat_monthly
                            where dim = :dim and month >= :yearsTo and month < :endDay and scope_key like :scope
                        ) r
                        group by dim_id having sum(received) <> 0 or sum(closed) <> 0 order by sum(received) desc, dim_id
                        limit :limit""")
                .param("scope", p.scope() + "%").param("dim", b.dim).param("limit", limit)
                .param("fromYear", yearsFrom.getYear()).param("toYear", yearsTo.getYear())
                .param("yearsFrom", Date.valueOf(yearsFrom)).param("yearsTo", Date.valueOf(yearsTo))
                .param("fromDay", Date.valueOf(p.firstDay())).param("endDay", Date.valueOf(p.endDay()))
                .query(Slice.class).list();
    }

    /** A breakdown of one deputy's or station's cases, from the row per case: the {@code limit} largest (ties by key). */
    List<Slice> breakdownFromCases(Period p, Breakdown b, int limit) {
        List<Slice> slices = new ArrayList<>();
        jdbc.sql("select " + b.key + " k, count(*) received, count(closed_at) closed, count(*) over () rows" + CASES_OF_PERIOD
                        + p.narrowing().condition + " group by 1 order by 2 desc, 1 limit :limit")
                .param("scope", p.scope() + "%").param("from", Timestamp.from(p.from())).param("to", Timestamp.from(p.to()))
                .param("narrowedTo", p.narrowedTo()).param("limit", limit)
                .query(rs -> {
                    long id = b == Breakdown.CHANNEL ? Channel.valueOf(rs.getString("k")).ordinal() : rs.getLong("k");
                    slices.add(new Slice(id, rs.getLong("received"), rs.getLong("closed"), rs.getLong("rows")));
                });
        return slices;
    }

    List<DepartmentTotals> departments(Period p) {
        return jdbc.sql("""
                        select department_id, sum(dispatched) dispatched, sum(reported) reported, sum(returned) returned,
                               sum(done) done, sum(done_on_time) done_on_time, coalesce(sum(handle_hours_sum), 0) hours,
                               sum(escalations) escalations
                        from stat_department_monthly
                        where scope_key like :scope and month >= :fromDay and month < :endDay
                          and (cast(:department as bigint) is null or department_id = :department)
                        group by department_id order by sum(dispatched) desc""")
                .param("scope", p.scope() + "%").param("fromDay", Date.valueOf(p.firstDay())).param("endDay", Date.valueOf(p.endDay()))
                .param("department", p.department(), java.sql.Types.BIGINT)
                // read by column name: mapping by the record's names looked up departmentId before department_id, and the
                // driver's exception for each miss cost more than the statement at a province's thousands of departments
                .query((rs, n) -> new DepartmentTotals(rs.getLong("department_id"), rs.getLong("dispatched"), rs.getLong("reported"),
                        rs.getLong("returned"), rs.getLong("done"), rs.getLong("done_on_time"), rs.getDouble("hours"),
                        rs.getLong("escalations")))
                .list();
    }

    /**
     * Open cases right now (not limited to the period) received after each of five moments, newest first, and all of
     * them last: one pass over the open ones.
     */
    long[] openReceivedAfter(Period p, Instant[] moments) {
        if (moments.length != 5) {
            throw new IllegalArgumentException("five moments: " + moments.length);
        }
        long[] counts = new long[moments.length + 1];
        jdbc.sql("""
                        select count(*) filter (where submitted_at > :t0) c0, count(*) filter (where submitted_at > :t1) c1,
                               count(*) filter (where submitted_at > :t2) c2, count(*) filter (where submitted_at > :t3) c3,
                               count(*) filter (where submitted_at > :t4) c4, count(*) total
                        from stat_case where open and scope_key like :scope""" + p.narrowing().condition)
                .param("scope", p.scope() + "%").param("narrowedTo", p.narrowedTo())
                .param("t0", Timestamp.from(moments[0])).param("t1", Timestamp.from(moments[1])).param("t2", Timestamp.from(moments[2]))
                .param("t3", Timestamp.from(moments[3])).param("t4", Timestamp.from(moments[4]))
                .query(rs -> {
                    for (int i = 0; i < moments.length; i++) {
                        counts[i] = rs.getLong("c" + i);
                    }
                    counts[moments.length] = rs.getLong("total");
                });
        return counts;
    }

    /** Each case of the period in the order received, streamed: for the Excel export (call inside a transaction). */
    void eachCase(Period p, Consumer<CaseExport.Row> each) {
        streaming.sql("""
                        select ticket, submitted_at, channel, station_id, deputy_id, category_id, block_id, state, accepted_at,
                               first_reply_at, closed_at, satisfaction, reopen_count, escalations""" + CASES_OF_PERIOD
                        + p.narrowing().condition + " order by submitted_at")
                .param("scope", p.scope() + "%").param("from", Timestamp.from(p.from())).param("to", Timestamp.from(p.to()))
                .param("narrowedTo", p.narrowedTo())
                .query(rs -> {
                    each.accept(new CaseExport.Row(rs.getString("ticket"), rs.getTimestamp("submitted_at"), rs.getString("channel"),
                            rs.getLong("station_id"), id(rs, "deputy_id"), rs.getLong("category_id"), id(rs, "block_id"),
                            rs.getString("state"), rs.getTimestamp("accepted_at"), rs.getTimestamp("first_reply_at"),
                            rs.getTimestamp("closed_at"), rs.getString("satisfaction"), rs.getInt("reopen_count"),
                            rs.getInt("escalations")));
                });
    }

    private static @Nullable Long id(ResultSet rs, String column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : id;
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        return new Figures(rs.getLong("received"), rs.getLong("accepted"), rs.getLong("rejected"), rs.getLong("closed"),
                rs.getDouble("close_hours_sum"), longs(rs.getArray("close_hist")), rs.getLong("first_replies"),
                rs.getLong("first_reply_on_time"), rs.getDouble("first_reply_hours_sum"), longs(rs.getArray("first_reply_hist")),
                rs.getLong("review_done"), rs.getLong("review_on_time"), rs.getLong("resident_reply_done"),
                rs.getLong("resident_reply_on_time"), rs.getLong("evaluated"), rs.getLong("satisfied"),
                rs.getLong("basically_satisfied"), rs.getLong("unsatisfied"), rs.getLong("reopened"), rs.getLong("escalations"),
                rs.getLong("followed_up"));
    }

    private static long[] longs(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] out = new long[Histogram.SIZE];
        for (int i = 0; i < values.length && i < out.length; i++) {
            out[i] = ((Number) values[i]).longValue();
        }
        return out;
    }
}
