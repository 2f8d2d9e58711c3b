package org.mashang.stats.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.mashang.platform.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the statistics roll-ups for {@link StatsRecorder}: a case's row-per-case facts are read back, and each change
 * adds to the counters of the case's month in the all-cases row and in each of its dimensions' rows.
 */
@Component
class RollUps {

    /** Stripes of each roll-up row (see {@link #upsert}); at least the connections of an instance's pool. */
    static final int SLOTS = 16;
    /** The counters also kept per year (stat_yearly), for the breakdowns of whole years. */
    static final java.util.List<String> YEARLY = java.util.List.of("received", "closed");

    private final JdbcClient jdbc;

    RollUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds to the counters of the case's month in the all-cases row and in each of its dimensions' rows. */
    void bump(Fact f, Map<String, ? extends Number> deltas, String histogram, int bucket) {
        upsert(f, new int[] {StatsRecorder.ALL, StatsRecorder.STATION, StatsRecorder.DEPUTY, StatsRecorder.CATEGORY, StatsRecorder.BLOCK, StatsRecorder.CHANNEL},
                new long[] {0, f.stationId(), f.deputyId() == null ? 0 : f.deputyId(), f.categoryId(),
                        f.blockId() == null ? 0 : f.blockId(), f.channelOrdinal()},
                deltas, histogram, bucket);
    }

    void bumpOne(Fact f, int dim, long dimId, Map<String, ? extends Number> deltas) {
        upsert(f, new int[] {dim}, new long[] {dimId}, deltas, null, 0);
    }

    /**
     * One statement for all the rows. Each row of the roll-up is striped over {@link #SLOTS} slots, one per database
     * connection (its backend's pid), so transactions of several connections do not queue for the same row of the
     * month until each commits (the all-cases row of a street was a lock every new message waited for); readers sum
     * the slots.
     */
    private void upsert(Fact f, int[] dims, long[] dimIds, Map<String, ? extends Number> deltas, String histogram, int bucket) {
        Increments add = new Increments("stat_monthly", deltas);
        int[] closeHist = Histogram.empty();
        int[] replyHist = Histogram.empty();
        if (histogram != null) {
            (histogram.equals("close_hist") ? closeHist : replyHist)[bucket] = 1;
            add.updates.append(", ").append(histogram).append("[").append(bucket + 1).append("] = stat_monthly.").append(histogram)
                    .append("[").append(bucket + 1).append("] + 1");
        }
        add.bind(jdbc.sql("""
                        insert into stat_monthly (month, street_id, scope_key, dim, dim_id, slot, close_hist, first_reply_hist%s)
                        select :month, :street, :scope, d.dim, d.dim_id, cast(pg_backend_pid() %% %d as smallint),
                               cast(:closeHist as int[]), cast(:replyHist as int[])%s
                        from unnest(cast(:dims as int[]), cast(:dimIds as bigint[])) as d(dim, dim_id)
                        on conflict (month, street_id, dim, dim_id, slot) do update set %s"""
                        .formatted(add.columns, SLOTS, add.values, add.updates))
                .param("month", f.month()).param("street", f.streetId()).param("scope", f.scopeKey())
                .param("dims", Arrays.stream(dims).boxed().toArray(Integer[]::new))
                .param("dimIds", Arrays.stream(dimIds).boxed().toArray(Long[]::new))
                .param("closeHist", literal(closeHist)).param("replyHist", literal(replyHist)))
                .update();
        upsertYear(f, dims, dimIds, deltas);
    }

    /** The yearly rows of the counters the breakdowns show, when the change adds to one of them (striped like the months). */
    private void upsertYear(Fact f, int[] dims, long[] dimIds, Map<String, ? extends Number> deltas) {
        Map<String, Number> yearly = new java.util.LinkedHashMap<>();
        for (String counter : YEARLY) {
            if (deltas.containsKey(counter)) {
                yearly.put(counter, deltas.get(counter));
            }
        }
        if (yearly.isEmpty()) {
            return;
        }
        Increments add = new Increments("stat_yearly", yearly);
        add.bind(jdbc.sql("""
                        insert into stat_yearly (year, street_id, scope_key, dim, dim_id, slot%s)
                        select :year, :street, :scope, d.dim, d.dim_id, cast(pg_backend_pid() %% %d as smallint)%s
                        from unnest(cast(:dims as int[]), cast(:dimIds as bigint[])) as d(dim, dim_id)
                        on conflict (year, street_id, dim, dim_id, slot) do update set %s"""
                        .formatted(add.columns, SLOTS, add.values, add.updates))
                .param("year", f.month().getYear()).param("street", f.streetId()).param("scope", f.scopeKey())
                .param("dims", Arrays.stream(dims).boxed().toArray(Integer[]::new))
                .param("dimIds", Arrays.stream(dimIds).boxed().toArray(Long[]::new)))
                .update();
    }

    void bumpDepartment(Fact f, long departmentId, Map<String, ? extends Number> deltas) {
        Increments add = new Increments("stat_department_monthly", deltas);
        add.bind(jdbc.sql("""
                        insert into stat_department_monthly (month, street_id, scope_key, department_id%s)
                        values (:month, :street, :scope, :department%s)
                        on conflict (month, street_id, department_id) do update set %s""".formatted(add.columns, add.values, add.updates))
                .param("month", f.month()).param("street", f.streetId()).param("scope", f.scopeKey()).param("department", departmentId))
                .update();
    }

    /** The counters an upsert adds to: inserted as given, or added to the row already there. */
    private static final class Increments {
        final StringBuilder columns = new StringBuilder();
        final StringBuilder values = new StringBuilder();
        final StringBuilder updates = new StringBuilder();
        private final Map<String, ? extends Number> deltas;

        Increments(String table, Map<String, ? extends Number> deltas) {
            this.deltas = deltas;
            deltas.keySet().forEach(c -> {
                columns.append(", ").append(c);
                values.append(", :").append(c);
                updates.append(updates.isEmpty() ? "" : ", ").append(c).append(" = ").append(table).append('.').append(c)
                        .append(" + excluded.").append(c);
            });
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (var d : deltas.entrySet()) {
                spec = spec.param(d.getKey(), d.getValue());
            }
            return spec;
        }
    }

    Optional<Long> department(Long assignmentId) {
        if (assignmentId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select department_id from stat_assignment where assignment_id = :a").param("a", assignmentId)
                .query(Long.class).optional();
    }

    Optional<Fact> fact(long caseId) {
        return jdbc.sql("select * from stat_case where case_id = :id").param("id", caseId)
                .query((rs, n) -> {
                    long deputy = rs.getLong("deputy_id");
                    Long deputyId = rs.wasNull() ? null : deputy;
                    long block = rs.getLong("block_id");
                    Long blockId = rs.wasNull() ? null : block;
                    Timestamp firstReply = rs.getTimestamp("first_reply_at");
                    Timestamp closed = rs.getTimestamp("closed_at");
                    String satisfaction = rs.getString("satisfaction");
                    return new Fact(rs.getLong("case_id"), rs.getString("scope_key"), rs.getLong("street_id"), rs.getLong("station_id"),
                            deputyId, rs.getLong("category_id"), blockId,
                            org.mashang.cases.Channel.valueOf(rs.getString("channel")).ordinal(),
                            rs.getTimestamp("submitted_at").toInstant(), firstReply == null ? null : firstReply.toInstant(),
                            rs.getInt("reopen_count"), closed == null ? null : closed.toInstant(),
                            satisfaction == null ? null : org.mashang.cases.Satisfaction.valueOf(satisfaction));
                })
                .optional();
    }

    private static String literal(int[] values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
        return sb.append('}').toString();
    }

    record Fact(long caseId, String scopeKey, long streetId, long stationId, Long deputyId, long categoryId, Long blockId,
                int channelOrdinal, Instant submittedAt, Instant firstReplyAt, int reopenCount, Instant closedAt,
                org.mashang.cases.Satisfaction satisfaction) {

        LocalDate month() {
            return LocalDate.ofInstant(submittedAt, Zones.CHINA).withDayOfMonth(1);
        }
    }
}
