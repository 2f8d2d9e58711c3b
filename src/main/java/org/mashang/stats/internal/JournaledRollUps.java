package org.mashang.stats.internal;

import java.util.Collection;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.stats.internal.Counts.Department;
import org.mashang.stats.internal.Counts.Monthly;
import org.mashang.stats.internal.RollUpJournal.Key;
import org.mashang.stats.internal.RollUpJournal.Kind;
import org.mashang.stats.internal.RollUps.Fact;
import org.springframework.stereotype.Component;

/**
 * What the statistics recorders add to the roll-ups, journaled in the recorder's transaction (one row, no roll-up row
 * locked) and folded into the roll-ups by {@link RollUpFolder} right after that transaction commits, before its caller
 * goes on (a resident's new message: soon after, see {@link #bumpSoon}). The same operations as {@link RollUps} and
 * {@link DeputyYearRepository#addRecord}, which only the folder calls.
 */
@Component
@RequiredArgsConstructor
class JournaledRollUps {

    private final RollUpJournal journal;
    private final RollUpFolder folder;
    private final SoonFolds soonFolds;

    /** Adds to the counters of the case's month in the all-cases row and in each of its dimensions' rows. */
    void bump(Fact f, Counts<Monthly> add) {
        append(key(Kind.CASE, f, null, null, null, add), add.amounts());
    }

    /**
     * {@link #bump} for a message a resident has just left: folded soon after the commit rather than before the caller
     * goes on, since no one reading figures waits for it (the resident sees a receipt), and under load one fold then
     * writes the rows of many messages. Staff entering a message they received see it counted at once, with {@link #bump}.
     */
    void bumpSoon(Fact f, Counts<Monthly> add) {
        journal.appendAtCommit(key(Kind.CASE, f, null, null, null, add), add.amounts());
        soonFolds.afterCommit();
    }

    /** Adds to one dimension's row of the case's month only. */
    void bumpOne(Fact f, int dim, long dimId, Counts<Monthly> add) {
        append(key(Kind.DIMENSION, f, dim, dimId, null, add), add.amounts());
    }

    /** Adds to a department's rows of the case's month and year. */
    void bumpDepartment(Fact f, long departmentId, Counts<Department> add) {
        append(key(Kind.DEPARTMENT, f, null, null, departmentId, add), add.amounts());
    }

    /** Counts a record (or takes it back with {@code add} -1) for each of its deputies in the year it was held or submitted. */
    void addRecord(DeputyYearRepository.Record record, int year, Collection<Long> deputyIds, String scopeKey, int add) {
        if (deputyIds.isEmpty()) {
            return;
        }
        // in order: the same deputies in another order are the same rows
        Key key = new Key(Kind.RECORD, scopeKey, null, null, null, null, null, null, null, null, null, null, record.ordinal(), year,
                deputyIds.stream().sorted().toList(), null, 0);
        append(key, new double[] {add});
    }

    private void append(Key key, double[] amounts) {
        journal.append(key, amounts);
        folder.foldAfterCommit();
    }

    private static Key key(Kind kind, Fact f, @Nullable Integer dim, @Nullable Long dimId, @Nullable Long departmentId, Counts<?> add) {
        return new Key(kind, f.scopeKey(), f.streetId(), f.stationId(), f.deputyId(), f.categoryId(), f.blockId(), f.channelOrdinal(),
                f.month(), dim, dimId, departmentId, null, null, null, add.hist(), add.bucket());
    }
}
