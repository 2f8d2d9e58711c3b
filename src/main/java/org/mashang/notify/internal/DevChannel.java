package org.mashang.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.NotificationChannel;
import org.mashang.notify.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * Delivers into a table that administrators read at /admin/notifications/dev: the default of the demo, where
 * there is no SMS gateway or mail server. One message per outbox row, however often it is delivered.
 */
@Component
@RequiredArgsConstructor
public class DevChannel implements NotificationChannel {

    private final DevMessageRepository messages;
    private final Clock clock;

    public record DevMessage(long id, long outboxId, String address, String subject, String body, Instant receivedAt) {
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.DEV;
    }

    @Override
    public String send(OutboundMessage m) {
        messages.insertOnce(m.id(), m.address(), m.subject(), m.body(), clock.instant());
        return m.requestId();
    }

    public List<DevMessage> latest(int limit) {
        return messages.latest(limit);
    }
}
