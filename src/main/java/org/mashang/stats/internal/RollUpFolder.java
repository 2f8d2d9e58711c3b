package org.mashang.stats.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.mashang.cases.Channel;
import org.mashang.platform.Zones;
import org.mashang.stats.internal.RollUpJournal.Entry;
import org.mashang.stats.internal.RollUpJournal.Key;
import org.mashang.stats.internal.RollUps.Fact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the journal into the roll-ups: takes what is journaled, sums the changes that add to the same rows and writes
 * each row once, in one transaction, one folder at a time (across instances too). A transaction that journals is
 * followed, once committed, by a fold its caller waits for, so a change is in the figures before its request answers.
 * Callers that arrive while a fold runs wait for the next and share it: under load one fold writes the rows of many
 * messages, where each message wrote them itself and waited for the one before to commit. What a crash leaves between
 * commit and fold is folded by the next fold or by the round every {@code mashang.stats.fold-interval}.
 */
@Component
class RollUpFolder {

    private static final Logger log = LoggerFactory.getLogger(RollUpFolder.class);

    /** Journal rows a fold's transaction takes at most; more are taken in further transactions. */
    static final int BATCH = 2_000;

    private final RollUpJournal journal;
    private final RollUps rollUps;
    private final DeputyYearRepository deputyYears;
    private final DataSource dataSource;
    private final TransactionTemplate newTransaction;

    private final Object turn = new Object();
    /** Folds asked for, and the last of them a finished fold covered (it started after they were asked). */
    private long asked;
    private long covered;
    private boolean folding;

    RollUpFolder(RollUpJournal journal, RollUps rollUps, DeputyYearRepository deputyYears, DataSource dataSource,
                 PlatformTransactionManager transactions) {
        this.journal = journal;
        this.rollUps = rollUps;
        this.deputyYears = deputyYears;
        this.dataSource = dataSource;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Folds what the current transaction journals once it commits (at once when there is none: its rows are committed). */
    void foldAfterCommit() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            fold(false);
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // on the committed transaction's own connection: waiting for a second one from the pool while holding
                // this one would starve the pool when every holder waits for a fold
                fold(true);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(RollUpFolder.this);
            }
        });
    }

    /** The round: what a crash left between a commit and its fold. */
    @Scheduled(fixedDelayString = "${mashang.stats.fold-interval:1s}", initialDelayString = "${mashang.stats.fold-interval:1s}")
    void foldLeftOver() {
        if (journal.pending()) {
            fold(false);
        }
    }

    /**
     * Returns once every change committed before the call is in the roll-ups, folded by this thread or by another. A
     * fold that fails (a deadlock, the database gone) leaves its rows in the journal for the next: the changes are
     * committed, so the caller is not failed for it.
     */
    private void fold(boolean onCommittedConnection) {
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
                int taken;
                do {
                    taken = onCommittedConnection ? onCommittedConnection(this::foldBatch) : newTransaction.execute(s -> foldBatch());
                } while (taken == BATCH);
                done = true;
            } catch (RuntimeException | SQLException e) {
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

    /** A batch in a transaction of its own on the connection of the transaction that has just committed. */
    private int onCommittedConnection(IntSupplier batch) throws SQLException {
        Connection con = DataSourceUtils.getConnection(dataSource);
        boolean autoCommit = con.getAutoCommit();
        try {
            if (autoCommit) {
                con.setAutoCommit(false);
            }
            int taken = batch.getAsInt();
            con.commit();
            return taken;
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

    private int foldBatch() {
        journal.lockFolding();
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
