package org.mashang.notify.internal;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the outbox on every instance; the claim makes sure each notification goes out from one of them only. */
@Component
@ConditionalOnProperty(name = "mashang.notify.delivery.scheduled", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor
class DeliverySchedule {

    private static final Logger log = LoggerFactory.getLogger(DeliverySchedule.class);

    private final DeliveryWorker worker;
    private final EvaluationReminders reminders;

    @Scheduled(fixedDelayString = "${mashang.notify.delivery.interval:PT10S}", initialDelayString = "PT5S")
    void run() {
        try {
            reminders.remind();
            worker.deliverDue();
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next run tries again
            log.warn("Notification delivery run failed", e);
        }
    }
}
