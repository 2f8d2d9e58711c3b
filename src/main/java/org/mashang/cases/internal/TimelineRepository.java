package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored timeline events of cases ({@code case_event}) and the files attached to them, for {@link Timeline}. */
@Repository
@RequiredArgsConstructor
class TimelineRepository {

    /** An event's columns named as {@link TimelineEvent}'s components. */
    private static final String EVENT = """
            select id, case_id, seq, type, actor_role, actor_user_id, actor_name, occurred_at, body, public as is_public, prev_hash,
                   hash, key_id
            from case_event""";

    private static final String INSERT = """
            insert into case_event (case_id, seq, type, actor_role, actor_user_id, actor_name, occurred_at, body, public, prev_hash,
                                    hash, key_id)
            values (:case, :seq, :type, :role, :user, :name, :at, :body, :public, :prev, :hash, :key)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    Optional<TimelineEvent> last(long caseId) {
        return jdbc.sql(EVENT + " where case_id = :c order by seq desc limit 1").param("c", caseId).query(TimelineEvent.class).optional();
    }

    List<TimelineEvent> events(long caseId) {
        return jdbc.sql(EVENT + " where case_id = :c order by seq").param("c", caseId).query(TimelineEvent.class).list();
    }

    /** Stores an event as given (its id aside); @return its id */
    long insert(TimelineEvent e) {
        return jdbc.sql(INSERT + " returning id").params(row(e)).query(Long.class).single();
    }

    /** Stores events as given (their ids aside), in one round trip. */
    void insertAll(List<TimelineEvent> events) {
        if (!events.isEmpty()) {
            batches.batchUpdate(INSERT, events.stream().map(TimelineRepository::row).toArray(Map[]::new));
        }
    }

    private static Map<String, Object> row(TimelineEvent e) {
        Map<String, Object> row = new HashMap<>();
        row.put("case", e.caseId());
        row.put("seq", e.seq());
        row.put("type", e.type().name());
        row.put("role", e.actorRole().name());
        row.put("user", e.actorUserId());
        row.put("name", e.actorName());
        row.put("at", Timestamp.from(e.occurredAt()));
        row.put("body", e.body());
        row.put("public", e.isPublic());
        row.put("prev", e.prevHash());
        row.put("hash", e.hash());
        row.put("key", e.keyId());
        return row;
    }

    void attach(long eventId, int position, UUID file) {
        jdbc.sql("insert into case_event_file (event_id, position, file_id) values (:e, :p, :f)")
                .param("e", eventId).param("p", position).param("f", file).update();
    }

    /** Files attached to the events of a case, by event id, in order. */
    Map<Long, List<UUID>> files(long caseId) {
        Map<Long, List<UUID>> files = new HashMap<>();
        jdbc.sql("""
                        select f.event_id, f.file_id from case_event_file f join case_event e on e.id = f.event_id
                        where e.case_id = :c order by f.event_id, f.position""")
                .param("c", caseId)
                .query(rs -> {
                    files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        return files;
    }

    List<Long> casesWithUnsealedEvents(long after, int limit) {
        return jdbc.sql("select distinct case_id from case_event where key_id = 0 and case_id > :after order by case_id limit :n")
                .param("after", after).param("n", limit).query(Long.class).list();
    }

    /** The one change the append-only trigger lets through, and only inside the sealing transaction. */
    void replaceSeal(long eventId, String prev, String hash, int keyId) {
        jdbc.sql("select set_config('mashang.sealing', 'on', true)").query((rs, n) -> 1).list();
        jdbc.sql("update case_event set prev_hash = :prev, hash = :hash, key_id = :key where id = :id")
                .param("prev", prev).param("hash", hash).param("key", keyId).param("id", eventId).update();
    }
}
