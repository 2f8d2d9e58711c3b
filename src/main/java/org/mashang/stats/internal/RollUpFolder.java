package org.mashang.stats.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.mashang.cases.Channel;
import org.mashang.platform.PerTransaction;
import org.mashang.platform.Zones;
import org.mashang.stats.internal.RollUpJournal.Entry;
import org.mashang.stats.internal.RollUpJournal.Key;
import org.mashang.stats.internal.RollUps.Fact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Folds the journal into the roll-ups: takes what is journaled, sums the changes that add to the same rows and writes
 * each row once, in one transaction, one folder at a time (across instances too). A transaction that journals is
 * followed, once committed, by a fold its caller waits for, so a change is in the figures before its request answers.
 * Callers that arrive while a fold runs wait for the next and share it: under load one fold writes the rows of several
 * messages, where each message wrote them itself and waited for the one before to commit. A resident's new message,
 * which nobody reading figures waits for, is folded soon after its commit instead ({@link SoonFolds}): under load one
 * fold then takes the messages of that while. What a crash leaves between commit and fold is folded by the next fold
 * or by the round every {@code mashang.stats.fold-interval}.
 */
@Component
class RollUpFolder {

    private static final Logger log = LoggerFactory.getLogger(RollUpFolder.class);

    /** Journal rows a fold takes and sums at a time; more are taken in further batches of its transaction. */
    static final int BATCH = 2_000;

    private final RollUpJournal journal;
    private final RollUps rollUps;
    private final DeputyYearRepository deputyYears;
    private final DataSource dataSource;

    private final Object turn = new Object();
    /** Folds asked for, and the last of them a finished fold covered (it started after they were asked). */
    private long asked;
    private long covered;
    private boolean folding;

    private final DistributionSummary folded;
    private final Counter failed;
    /**
     * That the current transaction journaled: folded once it commits, on its own connection, still held then (see
     * foldOnOwnConnection). A transaction started inside it (REQUIRES_NEW) journals with its own fold.
     */
    private final PerTransaction<Boolean> journaling = new PerTransaction<>(PerTransaction.At.AFTER_COMMIT, () -> Boolean.TRUE,
            journaled -> fold());

    RollUpFolder(RollUpJournal journal, RollUps rollUps, DeputyYearRepository deputyYears, DataSource dataSource, MeterRegistry meters) {
        this.journal = journal;
        this.rollUps = rollUps;
        this.deputyYears = deputyYears;
        this.dataSource = dataSource;
        this.folded = DistributionSummary.builder("mashang.stats.fold.changes")
                .description("Journaled changes each fold of the statistics' roll-ups took and summed").register(meters);
        this.failed = Counter.builder("mashang.stats.fold.failures")
                .description("Folds of the roll-ups that failed, their changes left in the journal for the next").register(meters);
    }

    /** Folds what the current transaction journals once it commits (at once when there is none: its rows are committed). */
    void foldAfterCommit() {
        if (journaling.current().isEmpty()) {
            foldOnOwnConnection();
        }
    }

    /** Returns once everything committed before the call is folded (by this thread or another), on a connection of its own. */
    void foldNow() {
        foldOnOwnConnection();
    }

    /** The round: what a crash left between a commit and its fold. */
    @Scheduled(fixedDelayString = "${mashang.stats.fold-interval:1s}", initialDelayString = "${mashang.stats.fold-interval:1s}")
    void foldLeftOver() {
        foldOnOwnConnection();
    }

    /**
     * Folds with a connection taken first and held for it. Callers waiting for a fold hold their transaction's
     * connection; a folder that then asked the pool for one could wait until they all timed out.
     */
    private void foldOnOwnConnection() {
        try {
            if (TransactionSynchronizationManager.hasResource(dataSource)) {
                if (journal.pending()) {
                    fold();
                }
                return;
            }
            Connection con = DataSourceUtils.getConnection(dataSource);
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(con));
            try {
                // a statement first: a lazily fetched connection is fetched now, before this thread may become the folder
                if (journal.pending()) {
                    fold();
                }
            } finally {
                TransactionSynchronizationManager.unbindResource(dataSource);
                DataSourceUtils.releaseConnection(con, dataSource);
            }
        } catch (RuntimeException e) {
            failed.increment();
            log.warn("roll-ups not folded now, left in the journal for the next fold: {}", e.toString());
        }
    }

    /**
     * Returns once every change committed before the call is in the roll-ups, folded by this thread (on the connection
     * bound to it) or by another. A fold that fails (a deadlock, the database gone) leaves its rows in the journal for
     * the next: the changes are committed, so the caller is not failed for it.
     */
    private void fold() {
        long mine;
        synchronized (turn) {
            mine = ++asked;
        }
        while (true) {
            long upTo;
            synchronized (turn) {
                while (folding && covered < mine) {
                    try {
                        turn.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (covered >= mine) {
                    return;
                }
                folding = true;
                upTo = asked;
            }
            boolean done = false;
            try {
                inOwnTransaction(this::foldAll);
                done = true;
            } catch (RuntimeException | SQLException e) {
                failed.increment();
                log.warn("roll-ups not folded now, left in the journal for the next fold: {}", e.toString());
            } finally {
                synchronized (turn) {
                    folding = false;
                    if (done) {
                        covered = Math.max(covered, upTo);
                    }
                    turn.notifyAll();
                }
            }
            if (!done) {
                return;
            }
        }
    }

    /** Runs in a transaction of its own on the thread's connection (the committed transaction's, or one taken for it). */
    private void inOwnTransaction(Runnable work) throws SQLException {
        Connection con = DataSourceUtils.getConnection(dataSource);
        boolean autoCommit = con.getAutoCommit();
        try {
            if (autoCommit) {
                con.setAutoCommit(false);
            }
            work.run();
            con.commit();
        } catch (RuntimeException | SQLException e) {
            con.rollback();
            throw e;
        } finally {
            if (autoCommit) {
                con.setAutoCommit(true);
            }
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /** Everything journaled and committed, a batch at a time: the folding lock first, so no other folder holds rows back. */
    private void foldAll() {
        journal.lockFolding();
        int taken;
        int all = 0;
        do {
            taken = foldBatch();
            all += taken;
        } while (taken == BATCH);
        folded.record(all);
    }

    private int foldBatch() {
        List<Entry> taken = journal.take(BATCH);
        summed(taken).forEach(this::apply);
        return taken.size();
    }

    /** The changes summed per key, in the order their keys first came. */
    static Collection<Entry> summed(List<Entry> entries) {
        Map<Key, Entry> sums = new LinkedHashMap<>();
        for (Entry e : entries) {
            sums.merge(e.key(), e, (a, b) -> {
                double[] amounts = a.amounts().clone();
                for (int i = 0; i < amounts.length; i++) {
                    amounts[i] += b.amounts()[i];
                }
                return new Entry(a.key(), amounts, a.inBucket() + b.inBucket());
            });
        }
        return sums.values();
    }

    private void apply(Entry e) {
        Key k = e.key();
        switch (k.kind()) {
            case CASE -> rollUps.bump(fact(k), monthly(e));
            case DIMENSION -> rollUps.bumpOne(fact(k), k.dim(), k.dimId(), monthly(e));
            case DEPARTMENT -> rollUps.bumpDepartment(fact(k), k.departmentId(),
                    Counts.of(Counts.Department.class, e.amounts(), k.hist(), k.bucket(), e.inBucket()));
            case RECORD -> deputyYears.addRecord(DeputyYearRepository.Record.values()[k.record()], k.year(), k.deputies(), k.scopeKey(),
                    (int) e.amounts()[0]);
        }
    }

    private static Counts<Counts.Monthly> monthly(Entry e) {
        return Counts.of(Counts.Monthly.class, e.amounts(), e.key().hist(), e.key().bucket(), e.inBucket());
    }

    /** The case as far as its rows go: where it was received, its dimensions and its month. */
    private static Fact fact(Key k) {
        return new Fact(0, k.scopeKey(), k.streetId(), k.stationId(), k.deputyId(), k.categoryId(), k.blockId(),
                Channel.values()[k.channel()], k.month().atStartOfDay(Zones.CHINA).toInstant(), null, 0, null, null);
    }
}
