package org.mashang.stats.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.mashang.cases.Channel;
import org.mashang.cases.Satisfaction;
import org.mashang.platform.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the statistics roll-ups for {@link RollUpFolder}, which alone calls it: each change the recorders journaled
 * ({@link JournaledRollUps}), summed with the others to the same rows, adds to the counters of the case's month in the
 * all-cases row and in each of its dimensions' rows.
 */
@Repository
class RollUps {

    /** Stripes of each roll-up row (see {@link #upsert}); at least the connections of an instance's pool. */
    static final int SLOTS = 16;

    private final JdbcClient jdbc;
    private final DeputyYearRepository deputyYears;
    private final RegionRollUps regionYears;

    RollUps(JdbcClient jdbc, DeputyYearRepository deputyYears, RegionRollUps regionYears) {
        this.jdbc = jdbc;
        this.deputyYears = deputyYears;
        this.regionYears = regionYears;
        for (Enum<?> counter : Counts.Monthly.values()) {
            written(MONTHLY, counter);
            written(REGION, counter);
        }
        for (Enum<?> counter : Counts.Department.values()) {
            written(DEPARTMENT, counter);
        }
    }

    /** A counter without its column in the statement would be bound and never written. */
    private static void written(String statement, Enum<?> counter) {
        if (!statement.contains(":" + Counts.column(counter) + ",") && !statement.contains(":" + Counts.column(counter) + ")")
                && !statement.contains(":" + Counts.column(counter) + "\n")) {
            throw new IllegalStateException("the roll-up statement does not write " + counter);
        }
    }

    /**
     * One statement for all the rows of a change: every counter gets its amount (nothing for those the change does not
     * count) and, when the change has one, a duration its histogram bucket. Written the same way into the street rows
     * (stat_monthly) and the region rows (stat_region_monthly): the table, its key columns and values, the rows, the key.
     */
    private static final String COUNTER_ROWS = """
            insert into %1$s as m (month, %2$s dim, dim_id, slot, close_hist, first_reply_hist,
                received, accepted, rejected, reopened, closed, close_hours_sum, first_replies, first_reply_on_time,
                first_reply_hours_sum, review_done, review_on_time, resident_reply_done, resident_reply_on_time, evaluated, satisfied,
                basically_satisfied, unsatisfied, followed_up, escalations)
            select :month, %3$s d.dim, d.dim_id, cast(pg_backend_pid() %% :slots as smallint),
                cast(:closeHist as int[]), cast(:replyHist as int[]),
                :received, :accepted, :rejected, :reopened, :closed, :close_hours_sum, :first_replies, :first_reply_on_time,
                :first_reply_hours_sum, :review_done, :review_on_time, :resident_reply_done, :resident_reply_on_time, :evaluated,
                :satisfied, :basically_satisfied, :unsatisfied, :followed_up, :escalations
            from %4$s
            on conflict (%5$s) do update set
                received = m.received + excluded.received, accepted = m.accepted + excluded.accepted,
                rejected = m.rejected + excluded.rejected, reopened = m.reopened + excluded.reopened,
                closed = m.closed + excluded.closed,
                close_hours_sum = m.close_hours_sum + excluded.close_hours_sum,
                first_replies = m.first_replies + excluded.first_replies,
                first_reply_on_time = m.first_reply_on_time + excluded.first_reply_on_time,
                first_reply_hours_sum = m.first_reply_hours_sum + excluded.first_reply_hours_sum,
                review_done = m.review_done + excluded.review_done,
                review_on_time = m.review_on_time + excluded.review_on_time,
                resident_reply_done = m.resident_reply_done + excluded.resident_reply_done,
                resident_reply_on_time = m.resident_reply_on_time + excluded.resident_reply_on_time,
                evaluated = m.evaluated + excluded.evaluated, satisfied = m.satisfied + excluded.satisfied,
                basically_satisfied = m.basically_satisfied + excluded.basically_satisfied,
                unsatisfied = m.unsatisfied + excluded.unsatisfied,
                followed_up = m.followed_up + excluded.followed_up,
                escalations = m.escalations + excluded.escalations,
                close_hist[cast(:closeAt as int)] = m.close_hist[cast(:closeAt as int)] + :closeAdd,
                first_reply_hist[cast(:replyAt as int)] = m.first_reply_hist[cast(:replyAt as int)] + :replyAdd""";

    /** The street's rows: all cases and each of the case's dimensions. */
    private static final String MONTHLY = COUNTER_ROWS.formatted("stat_monthly", "street_id, scope_key,", ":street, :scope,",
            "unnest(cast(:dims as int[]), cast(:dimIds as bigint[])) as d(dim, dim_id)", "month, street_id, dim, dim_id, slot");

    /** The rows of the street and every region above it, in the dimensions streets share ({@link #SHARED}). */
    private static final String REGION = COUNTER_ROWS.formatted("stat_region_monthly", "scope_key,", "r.scope_key,",
            "unnest(cast(:regions as varchar[])) as r(scope_key), unnest(cast(:dims as int[]), cast(:dimIds as bigint[])) as d(dim, dim_id)",
            "scope_key, dim, month, dim_id, slot");

    /** The dimensions whose values streets share, kept per region too; a street's stations, deputies and blocks are its own. */
    static final Set<Integer> SHARED = Set.of(StatsRecorder.ALL, StatsRecorder.CATEGORY, StatsRecorder.CHANNEL);

    /** The counters also kept per year (stat_yearly), for the breakdowns of whole years; striped like the months. */
    private static final String YEARLY = """
            insert into stat_yearly (year, street_id, scope_key, dim, dim_id, slot, received, closed)
            select :year, :street, :scope, d.dim, d.dim_id, cast(pg_backend_pid() % :slots as smallint), :received, :closed
            from unnest(cast(:dims as int[]), cast(:dimIds as bigint[])) as d(dim, dim_id)
            on conflict (year, street_id, dim, dim_id, slot) do update set
                received = stat_yearly.received + excluded.received, closed = stat_yearly.closed + excluded.closed""";

    private static final String DEPARTMENT = """
            insert into stat_department_monthly as m (month, street_id, scope_key, department_id, dispatched, reported, returned,
                done, done_on_time, handle_hours_sum, escalations)
            values (:month, :street, :scope, :department, :dispatched, :reported, :returned, :done, :done_on_time, :handle_hours_sum,
                :escalations)
            on conflict (month, street_id, department_id) do update
            set (dispatched, reported, returned, done, done_on_time, handle_hours_sum, escalations)
                = (m.dispatched + excluded.dispatched, m.reported + excluded.reported, m.returned + excluded.returned,
                   m.done + excluded.done, m.done_on_time + excluded.done_on_time, m.handle_hours_sum + excluded.handle_hours_sum,
                   m.escalations + excluded.escalations)""";

    /** Adds to the counters of the case's month in the all-cases row and in each of its dimensions' rows. */
    void bump(Fact f, Counts<Counts.Monthly> add) {
        upsert(f, new int[] {StatsRecorder.ALL, StatsRecorder.STATION, StatsRecorder.DEPUTY, StatsRecorder.CATEGORY, StatsRecorder.BLOCK, StatsRecorder.CHANNEL},
                new long[] {0, f.stationId(), f.deputyId() == null ? 0 : f.deputyId(), f.categoryId(),
                        f.blockId() == null ? 0 : f.blockId(), f.channelOrdinal()},
                add);
    }

    void bumpOne(Fact f, int dim, long dimId, Counts<Counts.Monthly> add) {
        upsert(f, new int[] {dim}, new long[] {dimId}, add);
    }

    /**
     * One statement for all the rows. Each row of the roll-up is striped over {@link #SLOTS} slots, one per database
     * connection (its backend's pid), so transactions of several connections did not queue for the same row of the
     * month until each committed (the all-cases row of a street was a lock every new message waited for); readers sum
     * the slots. Since the roll-ups are folded from the journal, one folder at a time, one slot would do: the stripes
     * are left until the readers and the benches' loads that know them are changed with them.
     */
    private void upsert(Fact f, int[] dims, long[] dimIds, Counts<Counts.Monthly> add) {
        // the same rows for the month and, when the change counts there, the year
        Integer[] rows = Arrays.stream(dims).boxed().toArray(Integer[]::new);
        Long[] rowIds = Arrays.stream(dimIds).boxed().toArray(Long[]::new);
        counters(jdbc.sql(MONTHLY), add).param("street", f.streetId()).param("month", f.month()).param("scope", f.scopeKey())
                .param("dims", rows).param("dimIds", rowIds).update();
        int[] shared = IntStream.range(0, dims.length).filter(i -> SHARED.contains(dims[i])).toArray();
        if (shared.length > 0) {
            counters(jdbc.sql(REGION), add).param("month", f.month()).param("regions", regions(f.scopeKey()).toArray(String[]::new))
                    .param("dims", Arrays.stream(shared).mapToObj(i -> dims[i]).toArray(Integer[]::new))
                    .param("dimIds", Arrays.stream(shared).mapToObj(i -> dimIds[i]).toArray(Long[]::new)).update();
        }
        if (!add.amount(Counts.Monthly.RECEIVED).equals(0) || !add.amount(Counts.Monthly.CLOSED).equals(0)) {
            jdbc.sql(YEARLY).param("year", f.month().getYear()).param("street", f.streetId()).param("scope", f.scopeKey())
                    .param("slots", SLOTS).param("dims", rows).param("dimIds", rowIds)
                    .param("received", add.amount(Counts.Monthly.RECEIVED)).param("closed", add.amount(Counts.Monthly.CLOSED))
                    .update();
            // and per region, for a region's year by deputy or block read in order (see RegionRollUps)
            int[] regional = IntStream.range(0, dims.length).filter(i -> RegionRollUps.DIMS.contains(dims[i])).toArray();
            if (regional.length > 0) {
                regionYears.addCases(f, Arrays.stream(regional).mapToObj(i -> dims[i]).toArray(Integer[]::new),
                        Arrays.stream(regional).mapToObj(i -> dimIds[i]).toArray(Long[]::new),
                        add.amount(Counts.Monthly.RECEIVED), add.amount(Counts.Monthly.CLOSED));
            }
        }
        // and the league's year of the case's deputy (a station-pool case's row 0 is nobody's)
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == StatsRecorder.DEPUTY && dimIds[i] != 0) {
                deputyYears.addCases(f.month().getYear(), dimIds[i], f.scopeKey(), add);
            }
        }
    }

    /** The change's amounts bound to a counter-rows statement, and its duration's histogram bucket. */
    private static JdbcClient.StatementSpec counters(JdbcClient.StatementSpec statement, Counts<Counts.Monthly> add) {
        int[] closeHist = Histogram.empty();
        int[] replyHist = Histogram.empty();
        if (add.hist() != null) {
            (add.hist() == Counts.Hist.CLOSE ? closeHist : replyHist)[add.bucket()] = add.inBucket();
        }
        var spec = statement.param("slots", SLOTS).param("closeHist", literal(closeHist)).param("replyHist", literal(replyHist))
                // arrays count from 1; a change without a duration adds nothing to the first bucket
                .param("closeAt", (add.hist() == Counts.Hist.CLOSE ? add.bucket() : 0) + 1)
                .param("closeAdd", add.hist() == Counts.Hist.CLOSE ? add.inBucket() : 0)
                .param("replyAt", (add.hist() == Counts.Hist.FIRST_REPLY ? add.bucket() : 0) + 1)
                .param("replyAdd", add.hist() == Counts.Hist.FIRST_REPLY ? add.inBucket() : 0);
        for (Counts.Monthly counter : Counts.Monthly.values()) {
            spec = spec.param(Counts.column(counter), add.amount(counter));
        }
        return spec;
    }

    /** The scope keys of a street's region and every region above it, and '' for everywhere ("/1/2/" → "", "/1/", "/1/2/"). */
    static List<String> regions(String scopeKey) {
        List<String> keys = new ArrayList<>(List.of(""));
        for (int end = scopeKey.indexOf('/', 1); end > 0; end = scopeKey.indexOf('/', end + 1)) {
            keys.add(scopeKey.substring(0, end + 1));
        }
        return keys;
    }

    void bumpDepartment(Fact f, long departmentId, Counts<Counts.Department> add) {
        var spec = jdbc.sql(DEPARTMENT)
                .param("month", f.month()).param("street", f.streetId()).param("scope", f.scopeKey()).param("department", departmentId);
        for (Counts.Department counter : Counts.Department.values()) {
            spec = spec.param(Counts.column(counter), add.amount(counter));
        }
        spec.update();
        regionYears.addDepartment(f, departmentId, add);
    }

    private static String literal(int[] values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
        return sb.append('}').toString();
    }

    record Fact(long caseId, String scopeKey, long streetId, long stationId, Long deputyId, long categoryId, Long blockId,
                Channel channel, Instant submittedAt, Instant firstReplyAt, int reopenCount, Instant closedAt,
                Satisfaction satisfaction) {

        /** The channel's row in the roll-up's channel dimension. */
        int channelOrdinal() {
            return channel.ordinal();
        }

        LocalDate month() {
            return LocalDate.ofInstant(submittedAt, Zones.CHINA).withDayOfMonth(1);
        }
    }
}
