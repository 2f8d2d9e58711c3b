package org.mashang.notify.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.DeliveryException;
import org.mashang.notify.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Delivers the outbox: claims due rows (any number of workers on any number of instances may run at once; each row
 * goes to one of them), hands each to its channel, then records SENT, or a retry with exponential backoff and
 * jitter, or FAILED after the last attempt or on a permanent error (a WeChat notice then goes by the next channel).
 */
@Component
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    /** A run stops after this many batches, so one busy instance leaves room for the schedule's other work. */
    static final int MAX_BATCHES_PER_RUN = 50;

    private final Outbox outbox;
    private final ChannelFallback fallback;
    private final Map<ChannelKind, NotificationChannel> channels = new EnumMap<>(ChannelKind.class);
    private final NotifyProperties.Delivery settings;
    private final Clock clock;
    private final String name;

    @Autowired
    DeliveryWorker(Outbox outbox, ChannelFallback fallback, List<NotificationChannel> channels, NotifyProperties properties,
                   Clock clock) {
        this(outbox, fallback, channels, properties.delivery(), clock,
                ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A worker of its own, as another instance would run it. */
    public DeliveryWorker(Outbox outbox, ChannelFallback fallback, List<NotificationChannel> channels,
                          NotifyProperties.Delivery settings, Clock clock, String name) {
        this.outbox = outbox;
        this.fallback = fallback;
        channels.forEach(c -> this.channels.put(c.kind(), c));
        this.settings = settings;
        this.clock = clock;
        this.name = name;
    }

    /**
     * Delivers everything that is due now. Call it outside any transaction: each claim and each result must commit
     * on its own, before and after the channel is called.
     *
     * @return how many rows this worker handled
     */
    public int deliverDue() {
        requireNoTransaction();
        int handled = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<Outbox.Row> claimed = outbox.claim(settings.batchSize(), clock.instant(), settings.lease(), name, null);
            if (claimed.isEmpty()) {
                break;
            }
            claimed.forEach(this::deliver);
            handled += claimed.size();
        }
        return handled;
    }

    /** Delivers one row at once, if it is due and no other worker holds it (a one-time code should not wait). */
    public boolean deliverNow(long id) {
        requireNoTransaction();
        List<Outbox.Row> claimed = outbox.claim(1, clock.instant(), settings.lease(), name, id);
        claimed.forEach(this::deliver);
        return !claimed.isEmpty();
    }

    private static void requireNoTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Notifications are delivered outside transactions");
        }
    }

    void deliver(Outbox.Row row) {
        NotificationChannel channel = channels.get(row.channel());
        try {
            if (channel == null) {
                throw DeliveryException.permanentFailure("没有" + row.channel().label() + "渠道", null);
            }
            String providerId = channel.send(row.message());
            if (!outbox.markSent(row, clock.instant(), providerId)) {
                log.warn("Notification {} was sent, but its lease had run out and another worker took it over", row.id());
            }
        } catch (DeliveryException e) {
            failed(row, e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            log.warn("Notification {} failed unexpectedly", row.id(), e);
            failed(row, e.toString(), false);
        }
    }

    private void failed(Outbox.Row row, String error, boolean permanent) {
        Instant now = clock.instant();
        if (permanent || row.attempts() >= settings.maxAttempts()) {
            log.warn("Notification {} ({} to {}) failed for good after {} attempt(s): {}", row.id(), row.templateKey(),
                    row.channel(), row.attempts(), error);
            // written before the row is closed: should the claim have been lost, the other worker's fallback is the same row
            boolean fellBack = fallback.after(row, now).isPresent();
            outbox.markFailed(row, now, fellBack ? error + "（已改用其他渠道发送）" : error);
        } else {
            Duration wait = backoff(row.attempts(), settings.initialBackoff(), settings.maxBackoff());
            log.info("Notification {} failed (attempt {}), retrying in {}: {}", row.id(), row.attempts(), wait, error);
            outbox.retryLater(row, now, now.plus(wait), error);
        }
    }

    /**
     * The wait after the given failed attempt: initial × 2^(attempt−1), at most max, of which a random half is
     * dropped ("equal jitter") so that workers that failed together do not retry together.
     */
    static Duration backoff(int attempt, Duration initial, Duration max) {
        long full = initial.toMillis() << Math.min(Math.max(attempt - 1, 0), 30);
        full = Math.min(full <= 0 ? Long.MAX_VALUE : full, max.toMillis());
        long half = full / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    public String name() {
        return name;
    }
}
