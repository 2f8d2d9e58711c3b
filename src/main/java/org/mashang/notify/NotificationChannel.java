package org.mashang.notify;

import org.jspecify.annotations.Nullable;

/** A way to deliver notifications. Implementations are Spring beans; one per {@link ChannelKind}. */
public interface NotificationChannel {

    ChannelKind kind();

    /**
     * Hands the message over. Must be safe to call again with the same message (after a crash the outbox
     * cannot know whether the first call got through): pass {@link OutboundMessage#requestId()} on.
     *
     * @return the provider's id of the message, or null
     * @throws DeliveryException when it did not go through; {@link DeliveryException#permanent()} stops retries
     */
    @Nullable String send(OutboundMessage message) throws DeliveryException;
}
