package org.mashang.connector.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The handover outbox. Rows are claimed with SKIP LOCKED, so several instances share the work without doing it twice. */
@Repository
@RequiredArgsConstructor
class HandoverRepository {

    private final JdbcClient jdbc;

    /** @return false when the assignment was handed over already */
    boolean insert(long assignmentId, long departmentId, Instant now) {
        return jdbc.sql("""
                        insert into external_handover (assignment_id, department_id, status, next_attempt_at, created_at, updated_at)
                        values (:a, :d, 'PENDING', :now, :now, :now) on conflict (assignment_id) do nothing""")
                .param("a", assignmentId).param("d", departmentId).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Rows of the given status due now, locked for this transaction; rows another instance holds are skipped. */
    List<Handover> claimDue(Handover.Status status, Instant now, int limit) {
        return jdbc.sql("""
                        select * from external_handover where status = :s and next_attempt_at <= :now
                        order by next_attempt_at limit :limit for update skip locked""")
                .param("s", status.name()).param("now", Timestamp.from(now)).param("limit", limit)
                .query(HandoverRepository::map).list();
    }

    Optional<Handover> find(long id) {
        return jdbc.sql("select * from external_handover where id = :id").param("id", id).query(HandoverRepository::map).optional();
    }

    Optional<Handover> ofAssignment(long assignmentId) {
        return jdbc.sql("select * from external_handover where assignment_id = :a").param("a", assignmentId)
                .query(HandoverRepository::map).optional();
    }

    List<Handover> latest(int limit) {
        return jdbc.sql("select * from external_handover order by (status = 'FAILED') desc, updated_at desc limit :limit")
                .param("limit", limit).query(HandoverRepository::map).list();
    }

    void update(long id, Handover.Status status, int attempts, Instant next, String error, String token, String remoteId,
                String lastNote, Instant now) {
        jdbc.sql("""
                        update external_handover set status = :s, attempts = :attempts, next_attempt_at = :next, last_error = :error,
                            token = :token, remote_id = :remote, last_note = :note, updated_at = :now where id = :id""")
                .param("s", status.name()).param("attempts", attempts).param("next", Timestamp.from(next))
                .param("error", error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("token", token).param("remote", remoteId)
                .param("note", lastNote == null ? null : lastNote.length() > 4000 ? lastNote.substring(0, 4000) : lastNote)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    private static Handover map(ResultSet rs, int row) throws SQLException {
        Timestamp next = rs.getTimestamp("next_attempt_at");
        return new Handover(rs.getLong("id"), rs.getLong("assignment_id"), rs.getLong("department_id"),
                Handover.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), next.toInstant(), rs.getString("last_error"),
                rs.getString("token"), rs.getString("remote_id"), rs.getString("last_note"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
