package org.mashang.stats.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseSubmitted;
import org.mashang.cases.Satisfaction;
import org.mashang.platform.PerTransaction;
import org.mashang.stats.internal.RollUps.Fact;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statistics' row per case ({@code stat_case}) and which department each assignment went to ({@code stat_assignment}). */
@Repository
class StatCaseRepository {

    /** What the roll-ups need to know of a case, named as {@link Fact}'s components. */
    private static final String FACT = """
            select case_id, scope_key, street_id, station_id, deputy_id, category_id, block_id, channel, submitted_at, first_reply_at,
                   reopen_count, closed_at, satisfaction
            from stat_case where case_id = :id""";

    private static final String INSERT = """
            insert into stat_case (case_id, ticket, scope_key, street_id, station_id, deputy_id, category_id, block_id, channel,
                                   state, submitted_at)
            values (:id, :ticket, :scope, :street, :station, :deputy, :category, :block, :channel, :state, :at)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    /** Residents' new cases waiting for their transaction's commit (see {@link #insertAtCommit}). */
    private final PerTransaction<List<CaseSubmitted>> atCommit = new PerTransaction<>(PerTransaction.At.BEFORE_COMMIT,
            ArrayList::new, this::insertAll);

    StatCaseRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    Optional<Fact> fact(long caseId) {
        writeWaiting();
        return jdbc.sql(FACT).param("id", caseId).query(Fact.class).optional();
    }

    void insert(CaseSubmitted e) {
        jdbc.sql(INSERT).params(row(e)).update();
    }

    /**
     * {@link #insert}, written just before the transaction commits with the other cases of the transaction, in one round
     * trip: for residents' messages, which are committed many together under load and not read back before the commit.
     */
    void insertAtCommit(CaseSubmitted e) {
        atCommit.current().ifPresentOrElse(waiting -> waiting.add(e), () -> insert(e));
    }

    /** The rows waiting for the commit, written now: the statements below read or change the case's row. */
    private void writeWaiting() {
        atCommit.existing().ifPresent(waiting -> {
            insertAll(waiting);
            waiting.clear();
        });
    }

    private void insertAll(List<CaseSubmitted> waiting) {
        if (!waiting.isEmpty()) {
            batches.batchUpdate(INSERT, waiting.stream().map(StatCaseRepository::row).toArray(Map[]::new));
        }
    }

    private static Map<String, Object> row(CaseSubmitted e) {
        Map<String, Object> row = new HashMap<>();
        row.put("state", CaseState.SUBMITTED.name());
        row.put("id", e.caseId());
        row.put("ticket", e.ticket());
        row.put("scope", e.scopeKey());
        row.put("street", e.streetId());
        row.put("station", e.stationId());
        row.put("deputy", e.deputyId());
        row.put("category", e.categoryId());
        row.put("block", e.blockId());
        row.put("channel", e.channel().name());
        row.put("at", Timestamp.from(e.occurredAt()));
        return row;
    }

    void setDeputy(long caseId, long deputyId) {
        writeWaiting();
        jdbc.sql("update stat_case set deputy_id = :d where case_id = :id").param("d", deputyId).param("id", caseId).update();
    }

    /**
     * The case's new state; accepted and closed are set only when given (they keep their first time), a reopen counts one
     * more.
     */
    void transition(long caseId, CaseState to, @Nullable Instant acceptedAt, boolean reopened, @Nullable Instant closedAt) {
        writeWaiting();
        jdbc.sql("""
                        update stat_case set state = :state, open = :open, accepted_at = coalesce(:acceptedAt, accepted_at),
                               reopen_count = reopen_count + :reopened, closed_at = coalesce(:closedAt, closed_at)
                        where case_id = :id""")
                .param("state", to.name()).param("open", to.open())
                .param("acceptedAt", acceptedAt == null ? null : Timestamp.from(acceptedAt), Types.TIMESTAMP)
                .param("reopened", reopened ? 1 : 0)
                .param("closedAt", closedAt == null ? null : Timestamp.from(closedAt), Types.TIMESTAMP).param("id", caseId)
                .update();
    }

    /** One more issue solved at the station in the month (China's) of its first answer (stat_solved, for /stats). */
    void solved(RollUps.Fact f, Instant at) {
        jdbc.sql("""
                        insert into stat_solved (month, station_id, scope_key, solved) values (:month, :station, :scope, 1)
                        on conflict (month, station_id, scope_key) do update set solved = stat_solved.solved + 1""")
                .param("month", java.sql.Date.valueOf(at.atZone(org.mashang.platform.Zones.CHINA).toLocalDate().withDayOfMonth(1)))
                .param("station", f.stationId()).param("scope", f.scopeKey()).update();
    }

    /** The case's latest evaluation; @return whether the one it replaces was taken by phone (回访) */
    boolean evaluate(long caseId, Satisfaction satisfaction, boolean followUp) {
        writeWaiting();
        return jdbc.sql("update stat_case s set satisfaction = :s, follow_up = :followUp from stat_case old"
                        + " where s.case_id = :id and old.case_id = s.case_id returning old.follow_up")
                .param("s", satisfaction.name()).param("followUp", followUp).param("id", caseId)
                .query(Boolean.class).single();
    }

    void firstReply(long caseId, Instant at) {
        writeWaiting();
        jdbc.sql("update stat_case set first_reply_at = :at where case_id = :id")
                .param("at", Timestamp.from(at)).param("id", caseId).update();
    }

    void escalated(long caseId) {
        writeWaiting();
        jdbc.sql("update stat_case set escalations = escalations + 1 where case_id = :id").param("id", caseId).update();
    }

    /** A department got an assignment of the case: remembered for the assignment's later events, listed once on the case. */
    void assigned(long assignmentId, long caseId, long departmentId) {
        jdbc.sql("insert into stat_assignment (assignment_id, case_id, department_id) values (:a, :c, :d) on conflict do nothing")
                .param("a", assignmentId).param("c", caseId).param("d", departmentId).update();
        jdbc.sql("""
                        update stat_case set departments = array_append(departments, cast(:d as bigint))
                        where case_id = :id and not (:d = any(departments))""")
                .param("d", departmentId).param("id", caseId).update();
    }

    Optional<Long> department(@Nullable Long assignmentId) {
        if (assignmentId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select department_id from stat_assignment where assignment_id = :a").param("a", assignmentId)
                .query(Long.class).optional();
    }
}
