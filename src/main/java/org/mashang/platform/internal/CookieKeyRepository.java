package org.mashang.platform.internal;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The key that seals residents' cookies, one row shared by every instance. */
@Repository
@RequiredArgsConstructor
class CookieKeyRepository {

    private final JdbcClient jdbc;

    Optional<byte[]> stored() {
        return jdbc.sql("select key from cookie_key where id = 1").query(byte[].class).optional();
    }

    /** Stores the key unless one is stored already, and returns the one stored: the first instance's wins. */
    byte[] storeFirst(byte[] key) {
        jdbc.sql("insert into cookie_key (id, key) values (1, :key) on conflict (id) do nothing").param("key", key).update();
        return jdbc.sql("select key from cookie_key where id = 1").query(byte[].class).single();
    }
}
