package org.mashang.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The codes sent to prove a phone, stored as salted hashes, and what the limits on asking for them count. */
@Repository
@RequiredArgsConstructor
class PhoneVerificationRepository {

    /** The latest code sent to a phone and not used yet. */
    record Pending(long id, String codeHash, String salt, Instant expiresAt, int attempts) {
    }

    /** What the limits count the codes asked for by, each with its statement. */
    @RequiredArgsConstructor
    enum AskedBy {
        PHONE("select count(*) from phone_verification where phone = :v and created_at > :since"),
        CLIENT_IP("select count(*) from phone_verification where client_ip = :v and created_at > :since");

        private final String statement;
    }

    private final JdbcClient jdbc;

    /** Holds until the transaction ends: one request at a time per key (a phone, an address), on any instance. */
    void lock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", key).query((rs, n) -> 1).list();
    }

    long countSince(AskedBy by, String value, Instant since) {
        return jdbc.sql(by.statement).param("v", value).param("since", Timestamp.from(since)).query(Long.class).single();
    }

    long insert(String phone, String codeHash, String salt, String clientIp, Instant now, Instant expiresAt) {
        return jdbc.sql("""
                        insert into phone_verification (phone, code_hash, salt, client_ip, created_at, expires_at)
                        values (:phone, :hash, :salt, :ip, :now, :expires) returning id""")
                .param("phone", phone).param("hash", codeHash).param("salt", salt).param("ip", clientIp)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    /** The latest code sent to the phone and not used yet, locked for the check. */
    Optional<Pending> latestPending(String phone) {
        return jdbc.sql("""
                        select id, code_hash, salt, expires_at, attempts from phone_verification
                        where phone = :phone and verified_at is null order by created_at desc, id desc limit 1 for update""")
                .param("phone", phone)
                .query(Pending.class)
                .optional();
    }

    void markVerified(long id, Instant now) {
        jdbc.sql("update phone_verification set verified_at = :now where id = :id").param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    void setAttempts(long id, int attempts) {
        jdbc.sql("update phone_verification set attempts = :a where id = :id").param("a", attempts).param("id", id).update();
    }
}
