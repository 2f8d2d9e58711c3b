package org.mashang.stats.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mashang.calendar.Stage;
import org.mashang.cases.AssignmentChanged;
import org.mashang.cases.CaseEvaluated;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseSubmitted;
import org.mashang.cases.CaseTransitioned;
import org.mashang.cases.DeadlineReached;
import org.mashang.cases.StageCompleted;
import org.mashang.directory.Directory;
import org.mashang.platform.Zones;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the statistics tables in step with the case loop. Listeners run in the transaction that made the
 * change, so a figure is never counted for a change that was rolled back. Everything about a case is counted
 * in the month it was received (a cohort), the same way the row-per-case table is filtered, so both agree.
 */
@Component
class StatsRecorder {

    static final int ALL = 0;
    static final int STATION = 1;
    static final int DEPUTY = 2;
    static final int CATEGORY = 3;
    static final int BLOCK = 4;
    static final int CHANNEL = 5;
    /** Stripes of each roll-up row (see {@link #upsert}); at least the connections of an instance's pool. */
    static final int SLOTS = 16;

    private final JdbcClient jdbc;
    private final Directory directory;

    StatsRecorder(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @EventListener
    void on(CaseSubmitted e) {
        String scope = directory.scopeKey(e.streetId());
        jdbc.sql("""
                        insert into stat_case (case_id, ticket, scope_key, street_id, station_id, deputy_id, category_id, block_id,
                                               channel, state, submitted_at)
                        values (:id, :ticket, :scope, :street, :station, :deputy, :category, :block, :channel, 'SUBMITTED', :at)""")
                .param("id", e.caseId()).param("ticket", e.ticket()).param("scope", scope)
                .param("street", e.streetId()).param("station", e.stationId()).param("deputy", e.deputyId())
                .param("category", e.categoryId()).param("block", e.blockId()).param("channel", e.channel().name())
                .param("at", Timestamp.from(e.occurredAt()))
                .update();
        // the row just written, known without reading it back
        bump(new Fact(e.caseId(), scope, e.streetId(), e.stationId(), e.deputyId(), e.categoryId(), e.blockId(),
                e.channel().ordinal(), e.occurredAt(), null, 0, null, null), Map.of("received", 1), null, 0);
    }

    @EventListener
    void on(CaseTransitioned e) {
        Optional<Fact> found = fact(e.caseId());
        if (found.isEmpty()) {
            return;
        }
        Fact f = found.get();
        if (f.deputyId() == null && e.deputyId() != null) {
            // a station-pool case got its responsible deputy at review: it now counts for that deputy
            jdbc.sql("update stat_case set deputy_id = :d where case_id = :id").param("d", e.deputyId()).param("id", f.caseId()).update();
            bumpOne(f, DEPUTY, 0, Map.of("received", -1));
            f = fact(e.caseId()).orElseThrow();
            bumpOne(f, DEPUTY, f.deputyId(), Map.of("received", 1));
        }
        boolean open = !(e.to().terminal() || e.to() == CaseState.EVALUATED || e.to().awaitsEvaluation());
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("state", e.to().name());
        columns.put("open", open);
        switch (e.action()) {
            case ACCEPT -> {
                columns.put("accepted_at", Timestamp.from(e.occurredAt()));
                bump(f, Map.of("accepted", 1), null, 0);
            }
            case REJECT -> bump(f, Map.of("rejected", 1), null, 0);
            case REOPEN -> {
                columns.put("reopen_count", f.reopenCount() + 1);
                if (f.reopenCount() == 0) {
                    bump(f, Map.of("reopened", 1), null, 0);
                }
            }
            default -> {
            }
        }
        boolean answered = e.to() == CaseState.CLOSED || e.to() == CaseState.RESOLVED || e.to() == CaseState.PROPOSAL_ANSWERED;
        // a case counts as closed once, at its first answer; answering again after a reopen does not add to it
        if (answered && f.closedAt() == null) {
            double hours = hours(f.submittedAt(), e.occurredAt());
            columns.put("closed_at", Timestamp.from(e.occurredAt()));
            bump(f, Map.of("closed", 1, "close_hours_sum", hours), "close_hist", Histogram.bucket(hours));
        }
        StringBuilder set = new StringBuilder();
        columns.keySet().forEach(c -> set.append(set.isEmpty() ? "" : ", ").append(c).append(" = :").append(c));
        var spec = jdbc.sql("update stat_case set " + set + " where case_id = :id").param("id", f.caseId());
        for (var c : columns.entrySet()) {
            spec = spec.param(c.getKey(), c.getValue());
        }
        spec.update();
    }

    /** A case counts with its latest evaluation: evaluating again after a reopen replaces the earlier one. */
    @EventListener
    void on(CaseEvaluated e) {
        fact(e.caseId()).ifPresent(f -> {
            jdbc.sql("update stat_case set satisfaction = :s where case_id = :id").param("s", e.satisfaction().name())
                    .param("id", f.caseId()).update();
            Map<String, Integer> deltas = new LinkedHashMap<>();
            if (f.satisfaction() == null) {
                deltas.put("evaluated", 1);
            } else {
                deltas.merge(column(f.satisfaction()), -1, Integer::sum);
            }
            deltas.merge(column(e.satisfaction()), 1, Integer::sum);
            bump(f, deltas, null, 0);
        });
    }

    private static String column(org.mashang.cases.Satisfaction satisfaction) {
        return switch (satisfaction) {
            case SATISFIED -> "satisfied";
            case BASICALLY_SATISFIED -> "basically_satisfied";
            case UNSATISFIED -> "unsatisfied";
        };
    }

    @EventListener
    void on(StageCompleted e) {
        fact(e.caseId()).ifPresent(f -> {
            int onTime = e.onTime() ? 1 : 0;
            switch (e.stage()) {
                case REVIEW -> bump(f, Map.of("review_done", 1, "review_on_time", onTime), null, 0);
                case FIRST_REPLY -> {
                    double hours = hours(e.startedAt(), e.completedAt());
                    if (f.firstReplyAt() == null) {
                        jdbc.sql("update stat_case set first_reply_at = :at where case_id = :id")
                                .param("at", Timestamp.from(e.completedAt())).param("id", f.caseId()).update();
                    }
                    bump(f, Map.of("first_replies", 1, "first_reply_on_time", onTime, "first_reply_hours_sum", hours),
                            "first_reply_hist", Histogram.bucket(hours));
                }
                case RESIDENT_REPLY -> bump(f, Map.of("resident_reply_done", 1, "resident_reply_on_time", onTime), null, 0);
                case ASSIGNMENT -> department(e.assignmentId()).ifPresent(department -> bumpDepartment(f, department,
                        Map.of("done", 1, "done_on_time", onTime, "handle_hours_sum", hours(e.startedAt(), e.completedAt()))));
            }
        });
    }

    @EventListener
    void on(AssignmentChanged e) {
        fact(e.caseId()).ifPresent(f -> {
            if (e.action() == null) {
                jdbc.sql("insert into stat_assignment (assignment_id, case_id, department_id) values (:a, :c, :d) on conflict do nothing")
                        .param("a", e.assignmentId()).param("c", e.caseId()).param("d", e.departmentId()).update();
                jdbc.sql("""
                                update stat_case set departments = array_append(departments, cast(:d as bigint))
                                where case_id = :id and not (:d = any(departments))""")
                        .param("d", e.departmentId()).param("id", f.caseId()).update();
                bumpDepartment(f, e.departmentId(), Map.of("dispatched", 1));
            } else if (e.action() == org.mashang.cases.AssignmentAction.REPORT) {
                bumpDepartment(f, e.departmentId(), Map.of("reported", 1));
            } else if (e.action() == org.mashang.cases.AssignmentAction.RETURN) {
                bumpDepartment(f, e.departmentId(), Map.of("returned", 1));
            }
        });
    }

    @EventListener
    void on(DeadlineReached e) {
        if (e.kind() != DeadlineReached.Kind.OVERDUE) {
            return;
        }
        fact(e.caseId()).ifPresent(f -> {
            jdbc.sql("update stat_case set escalations = escalations + 1 where case_id = :id").param("id", f.caseId()).update();
            bump(f, Map.of("escalations", 1), null, 0);
            if (e.stage() == Stage.ASSIGNMENT && e.departmentId() != null) {
                bumpDepartment(f, e.departmentId(), Map.of("escalations", 1));
            }
        });
    }

    /** Adds to the counters of the case's month in the all-cases row and in each of its dimensions' rows. */
    private void bump(Fact f, Map<String, ? extends Number> deltas, String histogram, int bucket) {
        upsert(f, new int[] {ALL, STATION, DEPUTY, CATEGORY, BLOCK, CHANNEL},
                new long[] {0, f.stationId(), f.deputyId() == null ? 0 : f.deputyId(), f.categoryId(),
                        f.blockId() == null ? 0 : f.blockId(), f.channelOrdinal()},
                deltas, histogram, bucket);
    }

    private void bumpOne(Fact f, int dim, long dimId, Map<String, ? extends Number> deltas) {
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
    }

    private void bumpDepartment(Fact f, long departmentId, Map<String, ? extends Number> deltas) {
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

    private Optional<Long> department(Long assignmentId) {
        if (assignmentId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select department_id from stat_assignment where assignment_id = :a").param("a", assignmentId)
                .query(Long.class).optional();
    }

    private Optional<Fact> fact(long caseId) {
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

    private static double hours(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds() / 3600.0);
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
