package org.mashang.cases.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-off job at each start: timelines stored before the server keys (a plain SHA-256 chain, which anyone with the
 * database could compute again) are sealed with the current key, case by case under the case's row lock (appends hold
 * it too). Only a chain that verifies as stored is sealed; one that does not stays as it is, and shows as failed.
 */
@Component
@Order(0)
@RequiredArgsConstructor
class TimelineSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TimelineSealing.class);

    private final Timeline timeline;
    private final TimelineSeal seal;
    private final CaseRepository cases;
    private final TransactionTemplate tx;

    @Override
    public void run(ApplicationArguments args) {
        int sealed = sealAll();
        if (sealed > 0) {
            log.info("Sealed the timelines of {} case(s) stored before the timeline keys", sealed);
        }
    }

    int sealAll() {
        int sealed = 0;
        long after = 0;
        while (true) {
            List<Long> batch = timeline.casesWithUnsealedEvents(after, 100);
            if (batch.isEmpty()) {
                return sealed;
            }
            for (long caseId : batch) {
                if (Boolean.TRUE.equals(tx.execute(status -> sealCase(caseId)))) {
                    sealed++;
                }
            }
            after = batch.get(batch.size() - 1);
        }
    }

    private boolean sealCase(long caseId) {
        if (!cases.lockIfFree(caseId)) {
            return false; // another instance is sealing it, or a change is being made: the next start sees to it
        }
        List<TimelineEvent> events = timeline.events(caseId);
        String prev = Timeline.GENESIS;
        for (TimelineEvent e : events) {
            boolean intact = e.prevHash().equals(prev) && (e.keyId() == 0 ? e.hash().equals(Timeline.legacyHash(e, prev))
                    : seal.knows(e.keyId()) && e.hash().equals(seal.seal(e.keyId(), Timeline.canonical(e, prev))));
            if (!intact) {
                log.warn("The timeline of case {} does not verify as stored (event {}); it is left unsealed", caseId, e.seq());
                return false;
            }
            prev = e.hash();
        }
        prev = Timeline.GENESIS;
        for (TimelineEvent e : events) {
            int key = e.keyId() == 0 ? seal.currentKey() : e.keyId();
            String hash = seal.seal(key, Timeline.canonical(e, prev));
            timeline.replaceSeal(e.id(), prev, hash, key);
            prev = hash;
        }
        return true;
    }
}
