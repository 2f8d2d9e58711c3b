package org.mashang.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mashang.cases.AssignmentState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AssignmentRepository {

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long caseId, int round, long departmentId, String departmentName, LocalDate due, String instructions,
                       Instant at, long by) {
        return jdbc.sql("""
                        insert into assignment (case_id, round, department_id, department_name, state, due_date, instructions,
                                                dispatched_at, dispatched_by)
                        values (:c, :r, :d, :n, :state, :due, :i, :at, :by) returning id""")
                .param("state", AssignmentState.HANDLING.name())
                .param("c", caseId).param("r", round).param("d", departmentId).param("n", departmentName).param("due", due)
                .param("i", instructions).param("at", Timestamp.from(at)).param("by", by)
                .query(Long.class).single();
    }

    public List<Assignment> ofCase(long caseId) {
        return jdbc.sql("select * from assignment where case_id = :c order by round, id").param("c", caseId)
                .query(AssignmentRepository::map).list();
    }

    public Optional<Assignment> find(long id) {
        return jdbc.sql("select * from assignment where id = :id").param("id", id).query(AssignmentRepository::map).optional();
    }

    /** The department's assignments, open ones first (earliest due first), then the latest closed ones. */
    public List<Assignment> ofDepartment(long departmentId) {
        return jdbc.sql("""
                        select * from assignment where department_id = :d
                        order by (state = any(:open)) desc, case when state = any(:open) then due_date end, id desc
                        limit 500""")
                .param("d", departmentId).param("open", AssignmentState.namesWhere(AssignmentState::open)).query(AssignmentRepository::map).list();
    }

    public int currentRound(long caseId) {
        return jdbc.sql("select coalesce(max(round), 0) from assignment where case_id = :c").param("c", caseId)
                .query(Integer.class).single();
    }

    public void update(long id, AssignmentState state, Map<String, Object> columns) {
        StringBuilder set = new StringBuilder("state = :state");
        columns.keySet().forEach(col -> set.append(", ").append(col).append(" = :").append(col));
        var spec = jdbc.sql("update assignment set " + set + " where id = :id").param("state", state.name()).param("id", id);
        for (var e : columns.entrySet()) {
            Object value = e.getValue() instanceof Instant i ? Timestamp.from(i) : e.getValue();
            spec = spec.param(e.getKey(), value);
        }
        spec.update();
    }

    static Assignment map(ResultSet rs, int row) throws SQLException {
        long by = rs.getLong("dispatched_by");
        Long dispatchedBy = rs.wasNull() ? null : by;
        int ext = rs.getInt("extension_days");
        Integer extension = rs.wasNull() ? null : ext;
        Timestamp reported = rs.getTimestamp("reported_at");
        return new Assignment(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("round"), rs.getLong("department_id"),
                rs.getString("department_name"), AssignmentState.valueOf(rs.getString("state")),
                rs.getObject("due_date", LocalDate.class), rs.getString("instructions"),
                rs.getTimestamp("dispatched_at").toInstant(), dispatchedBy, reported == null ? null : reported.toInstant(),
                rs.getString("feedback"), rs.getString("return_reason"), extension, rs.getString("extension_reason"));
    }
}
