package org.mashang.cases.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deadline scan on every instance; the scan itself makes that safe. Tests switch it off and scan by hand. */
@Component
@ConditionalOnProperty(name = "mashang.deadlines.scan-enabled", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor
class DeadlineSchedule {

    private final DeadlineScanner scanner;

    @Scheduled(initialDelayString = "${mashang.deadlines.scan-interval:60s}", fixedDelayString = "${mashang.deadlines.scan-interval:60s}")
    void scan() {
        scanner.scan();
    }
}
