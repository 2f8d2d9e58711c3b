package org.mashang.stats.internal;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseOutcomesRecorded;
import org.mashang.directory.Directory;
import org.mashang.platform.Zones;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the statistics' copy of the cases' outcomes, in the transaction of the final reply: they count on the day they
 * were recorded, for the case's station and responsible deputy, beside the activities' outcomes.
 */
@Component
@RequiredArgsConstructor
class CaseOutcomeRecorder {

    private final StatRecordRepository copies;
    private final Directory directory;

    @EventListener
    void on(CaseOutcomesRecorded e) {
        copies.saveCaseOutcomes(e, directory.scopeKey(e.streetId()), LocalDate.ofInstant(e.occurredAt(), Zones.CHINA));
    }
}
