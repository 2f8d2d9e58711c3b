package org.mashang.stats.internal;

import lombok.RequiredArgsConstructor;
import org.mashang.directory.Directory;
import org.mashang.receptions.ActivityRecorded;
import org.mashang.receptions.ReceptionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the statistics' copy of receptions and activities, in the transaction that records them. */
@Component
@RequiredArgsConstructor
class ActivityRecorder {

    private final StatRecordRepository copies;
    private final Directory directory;

    @EventListener
    void on(ReceptionRecorded e) {
        copies.saveReception(e, directory.scopeKey(e.streetId()));
    }

    @EventListener
    void on(ActivityRecorded e) {
        copies.saveActivity(e, directory.scopeKey(e.streetId()));
    }
}
