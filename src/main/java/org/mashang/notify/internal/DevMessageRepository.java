package org.mashang.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.notify.internal.DevChannel.DevMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo's inbox: what the dev channel "sent", one message per outbox row. */
@Repository
@RequiredArgsConstructor
class DevMessageRepository {

    private final JdbcClient jdbc;

    /** Stores the message of an outbox row once, however often it is delivered. */
    void insertOnce(long outboxId, String address, String subject, String body, Instant now) {
        jdbc.sql("""
                        insert into notification_dev_message (outbox_id, address, subject, body, received_at)
                        values (:outbox, :address, :subject, :body, :now) on conflict (outbox_id) do nothing""")
                .param("outbox", outboxId).param("address", address).param("subject", subject).param("body", body)
                .param("now", Timestamp.from(now)).update();
    }

    List<DevMessage> latest(int limit) {
        return jdbc.sql("select * from notification_dev_message order by id desc limit :limit").param("limit", limit)
                .query(DevMessage.class).list();
    }
}
