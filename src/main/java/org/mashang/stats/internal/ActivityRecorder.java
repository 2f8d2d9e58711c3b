package org.mashang.stats.internal;

import org.mashang.directory.Directory;
import org.mashang.receptions.ActivityRecorded;
import org.mashang.receptions.ReceptionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the statistics' copy of receptions and activities, in the transaction that records them. */
@Component
class ActivityRecorder {

    private final StatRecordRepository copies;
    private final Directory directory;

    ActivityRecorder(StatRecordRepository copies, Directory directory) {
        this.copies = copies;
        this.directory = directory;
    }

    @EventListener
    void on(ReceptionRecorded e) {
        copies.saveReception(e, directory.scopeKey(e.streetId()));
    }

    @EventListener
    void on(ActivityRecorded e) {
        copies.saveActivity(e, directory.scopeKey(e.streetId()));
    }
}
