package org.mashang.receptions.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.mashang.cases.CaseEvaluated;
import org.mashang.cases.CaseSubmitted;
import org.mashang.cases.CaseTransitioned;
import org.mashang.cases.StageCompleted;
import org.mashang.platform.TtlCache;
import org.mashang.platform.Zones;
import org.mashang.receptions.ActivityRecorded;
import org.mashang.receptions.DeputyRecord;
import org.mashang.receptions.DeputyRecords;
import org.mashang.receptions.ReceptionRecorded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * This year's record of a deputy for their public page, which lives in another module: its template sets
 * {@code record=${@deputyRecords.thisYear(deputy.id)}} with {@code th:with} and includes
 * {@code receptions/parts :: summary(${record})}. Kept in memory, since every scan of a sign shows it: dropped when a
 * case, a reception or an activity is recorded or changes (after it commits), and on other instances after at most
 * {@code mashang.receptions.record-cache-ttl} (30 s; 0 computes it for every view).
 */
@Component("deputyRecords")
class RecordSummaries {

    private final DeputyRecords records;
    private final Clock clock;
    private final TtlCache<List<Long>, DeputyRecord> cache;

    RecordSummaries(DeputyRecords records, Clock clock,
                    @Value("${mashang.receptions.record-cache-ttl:30s}") Duration ttl) {
        this.records = records;
        this.clock = clock;
        this.cache = new TtlCache<>(ttl);
    }

    public DeputyRecord thisYear(long deputyId) {
        long year = LocalDate.ofInstant(clock.instant(), Zones.CHINA).getYear();
        return cache.get(List.of(deputyId, year), key -> records.of(deputyId, (int) year));
    }

    @TransactionalEventListener(fallbackExecution = true, classes = {CaseSubmitted.class, CaseTransitioned.class,
            CaseEvaluated.class, StageCompleted.class, ReceptionRecorded.class, ActivityRecorded.class})
    void recordsChanged() {
        cache.clear();
    }
}
