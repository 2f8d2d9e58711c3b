package org.mashang.notify.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.NotificationChannel;
import org.mashang.notify.OutboundMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delivers into a table that administrators read at /admin/notifications/dev: the default of the demo, where
 * there is no SMS gateway or mail server. One message per outbox row, however often it is delivered.
 */
@Component
public class DevChannel implements NotificationChannel {

    private final JdbcClient jdbc;
    private final Clock clock;

    DevChannel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record DevMessage(long id, long outboxId, String address, String subject, String body, Instant receivedAt) {
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.DEV;
    }

    @Override
    public String send(OutboundMessage m) {
        jdbc.sql("""
                        insert into notification_dev_message (outbox_id, address, subject, body, received_at)
                        values (:outbox, :address, :subject, :body, :now) on conflict (outbox_id) do nothing""")
                .param("outbox", m.id()).param("address", m.address()).param("subject", m.subject()).param("body", m.body())
                .param("now", Timestamp.from(clock.instant())).update();
        return m.requestId();
    }

    public List<DevMessage> latest(int limit) {
        return jdbc.sql("select * from notification_dev_message order by id desc limit :limit").param("limit", limit)
                .query(DevMessage.class).list();
    }
}
