package org.mashang.cases.internal;

import org.mashang.cases.EventType;
import org.mashang.cases.ActorRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only timeline of a case. Each event is sealed with an HMAC-SHA-256 ({@link TimelineSeal}, a key the
 * database does not hold) over its content and the seal of the one before it, so any change to a stored event (the
 * table also refuses UPDATE and DELETE), even with the chain computed again, shows up in {@link #verify}.
 */
@Component
public class Timeline {

    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final TimelineSeal seal;

    Timeline(JdbcClient jdbc, TimelineSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /** Appends an event; the caller holds the case row lock, so sequence numbers do not race. */
    public TimelineEvent append(long caseId, EventType type, ActorRole role, Long userId, String actorName, String body,
                                boolean isPublic, Instant at) {
        Optional<TimelineEvent> last = jdbc.sql("select * from case_event where case_id = :c order by seq desc limit 1")
                .param("c", caseId).query(Timeline::map).optional();
        return insert(caseId, last.map(e -> e.seq() + 1).orElse(1), last.map(TimelineEvent::hash).orElse(GENESIS), type, role, userId,
                actorName, body, isPublic, at);
    }

    /** The first event of a case just stored: nothing to read before it (the unique sequence number refuses a second first). */
    public TimelineEvent appendFirst(long caseId, EventType type, ActorRole role, Long userId, String actorName, String body,
                                     boolean isPublic, Instant at) {
        return insert(caseId, 1, GENESIS, type, role, userId, actorName, body, isPublic, at);
    }

    private TimelineEvent insert(long caseId, int seq, String prev, EventType type, ActorRole role, Long userId, String actorName,
                                 String body, boolean isPublic, Instant at) {
        Instant occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        int key = seal.currentKey();
        String hash = seal.seal(key, canonical(prev, caseId, seq, type, role, userId, actorName, occurredAt, body, isPublic));
        long id = jdbc.sql("""
                        insert into case_event (case_id, seq, type, actor_role, actor_user_id, actor_name, occurred_at, body,
                                                public, prev_hash, hash, key_id)
                        values (:case, :seq, :type, :role, :user, :name, :at, :body, :public, :prev, :hash, :key) returning id""")
                .param("case", caseId).param("seq", seq).param("type", type.name()).param("role", role.name()).param("user", userId)
                .param("name", actorName).param("at", java.sql.Timestamp.from(occurredAt)).param("body", body)
                .param("public", isPublic).param("prev", prev).param("hash", hash).param("key", key)
                .query(Long.class).single();
        return new TimelineEvent(id, caseId, seq, type, role, userId, actorName, occurredAt, body, isPublic, prev, hash, key);
    }

    public void attach(long eventId, List<UUID> fileIds) {
        int position = 1;
        for (UUID file : fileIds) {
            jdbc.sql("insert into case_event_file (event_id, position, file_id) values (:e, :p, :f)")
                    .param("e", eventId).param("p", position++).param("f", file).update();
        }
    }

    /** Files attached to the events of a case, by event id. */
    public Map<Long, List<UUID>> files(long caseId) {
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

    public List<TimelineEvent> events(long caseId) {
        return jdbc.sql("select * from case_event where case_id = :c order by seq").param("c", caseId).query(Timeline::map).list();
    }

    /** Cases with events hashed before the keys, after the given case id, for the one-off sealing. */
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

    /**
     * @return the sequence number of the first event that breaks the chain (changed, missing, sealed with no known key
     *         or not sealed at all), or empty when the chain is intact
     */
    public Optional<Integer> verify(long caseId) {
        String prev = GENESIS;
        int expectedSeq = 1;
        for (TimelineEvent e : events(caseId)) {
            if (e.seq() != expectedSeq || !e.prevHash().equals(prev) || !seal.knows(e.keyId())
                    || !e.hash().equals(seal.seal(e.keyId(), canonical(e, prev)))) {
                return Optional.of(e.seq());
            }
            prev = e.hash();
            expectedSeq++;
        }
        return Optional.empty();
    }

    static String canonical(TimelineEvent e, String prev) {
        return canonical(prev, e.caseId(), e.seq(), e.type(), e.actorRole(), e.actorUserId(), e.actorName(), e.occurredAt(), e.body(),
                e.isPublic());
    }

    /** What is sealed; unit separators keep "a|b" + "c" from colliding with "a" + "b|c". */
    static String canonical(String prev, long caseId, int seq, EventType type, ActorRole role, Long userId, String actorName,
                            Instant occurredAt, String body, boolean isPublic) {
        return String.join("\u001f", prev, Long.toString(caseId), Integer.toString(seq), type.name(), role.name(),
                String.valueOf(userId), String.valueOf(actorName), occurredAt.toString(), String.valueOf(body),
                Boolean.toString(isPublic));
    }

    /** The plain SHA-256 chain of events stored before the keys; only to check them once before they are sealed. */
    static String legacyHash(TimelineEvent e, String prev) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(e, prev).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static TimelineEvent map(ResultSet rs, int row) throws SQLException {
        long user = rs.getLong("actor_user_id");
        Long userId = rs.wasNull() ? null : user;
        return new TimelineEvent(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("seq"), EventType.valueOf(rs.getString("type")),
                ActorRole.valueOf(rs.getString("actor_role")), userId, rs.getString("actor_name"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("body"), rs.getBoolean("public"), rs.getString("prev_hash"),
                rs.getString("hash"), rs.getInt("key_id"));
    }
}
