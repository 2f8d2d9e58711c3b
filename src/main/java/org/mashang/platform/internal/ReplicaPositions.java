package org.mashang.platform.internal;

import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where the primary's write-ahead log stands, and whether the replica has replayed up to a point of it. */
class ReplicaPositions {

    private final JdbcClient primary;
    private final JdbcClient replica;

    ReplicaPositions(DataSource primary, DataSource replica) {
        this.primary = JdbcClient.create(primary);
        this.replica = JdbcClient.create(replica);
    }

    /** The primary's current position: everything committed before this call lies at or before it. */
    String written() {
        return primary.sql("select pg_current_wal_lsn()::text").query(String.class).single();
    }

    /**
     * Whether the replica has replayed the log up to {@code position}. A server that replays nothing (not a standby)
     * answers no, so its readers are sent to the primary; so does a position that is not one.
     */
    boolean replayed(@Nullable String position) {
        if (position == null || !position.matches("[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}")) {
            return false;
        }
        Boolean replayed = replica.sql("select coalesce(pg_last_wal_replay_lsn() >= cast(:position as pg_lsn), false)")
                .param("position", position).query(Boolean.class).single();
        return Boolean.TRUE.equals(replayed);
    }
}
