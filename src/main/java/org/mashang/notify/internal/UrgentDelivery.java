package org.mashang.notify.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mashang.platform.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The notices of an urgent case go out at once: each is delivered right after the change commits, on a thread of its
 * own, instead of waiting for the outbox's next batch ({@code mashang.notify.delivery.interval}). The batch still
 * picks a row up if this delivery fails or the instance stops first.
 */
@Component
class UrgentDelivery {

    private static final Logger log = LoggerFactory.getLogger(UrgentDelivery.class);

    private final DeliveryWorker worker;
    private final Counter delivered;
    private final ExecutorService threads = Executors.newCachedThreadPool(DaemonThreads.named("urgent-notice"));

    UrgentDelivery(DeliveryWorker worker, MeterRegistry meters) {
        this.worker = worker;
        this.delivered = Counter.builder("mashang.notify.urgent.at.once")
                .description("Notices of urgent cases delivered at once, not with the next batch").register(meters);
    }

    /** Delivers the outbox row once the transaction that wrote it has committed (at once when there is none). */
    void afterCommit(long outboxId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            threads.execute(() -> deliver(outboxId));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                threads.execute(() -> deliver(outboxId));
            }
        });
    }

    private void deliver(long outboxId) {
        try {
            if (worker.deliverNow(outboxId)) {
                delivered.increment();
            }
        } catch (RuntimeException e) {
            // the batch delivers it later
            log.warn("Could not deliver the urgent notice {} at once", outboxId, e);
        }
    }
}
