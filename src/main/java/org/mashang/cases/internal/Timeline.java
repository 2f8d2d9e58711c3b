package org.mashang.cases.internal;

import lombok.RequiredArgsConstructor;
import org.mashang.cases.EventType;
import org.mashang.cases.ActorRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The append-only timeline of a case. Each event is sealed with an HMAC-SHA-256 ({@link TimelineSeal}, a key the
 * database does not hold) over its content and the seal of the one before it, so any change to a stored event (the
 * table also refuses UPDATE and DELETE), even with the chain computed again, shows up in {@link #verify}.
 */
@Component
@RequiredArgsConstructor
public class Timeline {

    static final String GENESIS = "0".repeat(64);

    private final TimelineRepository repository;
    private final TimelineSeal seal;

    /** Appends an event; the caller holds the case row lock, so sequence numbers do not race. */
    public TimelineEvent append(long caseId, EventType type, ActorRole role, Long userId, String actorName, String body,
                                boolean isPublic, Instant at) {
        Optional<TimelineEvent> last = repository.last(caseId);
        return insert(caseId, last.map(e -> e.seq() + 1).orElse(1), last.map(TimelineEvent::hash).orElse(GENESIS), type, role, userId,
                actorName, body, isPublic, at);
    }

    /** The first event of a case just stored, for {@link #appendFirst}. */
    public record First(long caseId, EventType type, ActorRole role, Long userId, String actorName, String body, boolean isPublic,
                        Instant at) {
    }

    /**
     * The first events of cases just stored (the messages committed together), in one round trip: nothing to read before
     * them (the unique sequence number refuses a second first).
     */
    public void appendFirst(List<First> firsts) {
        repository.insertAll(firsts.stream().map(f -> sealed(f.caseId(), 1, GENESIS, f.type(), f.role(), f.userId(), f.actorName(),
                f.body(), f.isPublic(), f.at())).toList());
    }

    private TimelineEvent insert(long caseId, int seq, String prev, EventType type, ActorRole role, Long userId, String actorName,
                                 String body, boolean isPublic, Instant at) {
        TimelineEvent e = sealed(caseId, seq, prev, type, role, userId, actorName, body, isPublic, at);
        return new TimelineEvent(repository.insert(e), caseId, seq, type, role, userId, actorName, e.occurredAt(), body, isPublic, prev,
                e.hash(), e.keyId());
    }

    /** The event with its seal, not stored yet (id 0). */
    private TimelineEvent sealed(long caseId, int seq, String prev, EventType type, ActorRole role, Long userId, String actorName,
                                 String body, boolean isPublic, Instant at) {
        Instant occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        int key = seal.currentKey();
        String hash = seal.seal(key, canonical(prev, caseId, seq, type, role, userId, actorName, occurredAt, body, isPublic));
        return new TimelineEvent(0, caseId, seq, type, role, userId, actorName, occurredAt, body, isPublic, prev, hash, key);
    }

    public void attach(long eventId, List<UUID> fileIds) {
        int position = 1;
        for (UUID file : fileIds) {
            repository.attach(eventId, position++, file);
        }
    }

    /** Files attached to the events of a case, by event id. */
    public Map<Long, List<UUID>> files(long caseId) {
        return repository.files(caseId);
    }

    public List<TimelineEvent> events(long caseId) {
        return repository.events(caseId);
    }

    /** Cases with events hashed before the keys, after the given case id, for the one-off sealing. */
    List<Long> casesWithUnsealedEvents(long after, int limit) {
        return repository.casesWithUnsealedEvents(after, limit);
    }

    /** The one change the append-only trigger lets through, and only inside the sealing transaction. */
    void replaceSeal(long eventId, String prev, String hash, int keyId) {
        repository.replaceSeal(eventId, prev, hash, keyId);
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
}
