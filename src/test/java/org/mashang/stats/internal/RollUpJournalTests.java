package org.mashang.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData;
import org.mashang.cases.CaseState;
import org.mashang.stats.internal.Counts.Hist;
import org.mashang.stats.internal.Counts.Monthly;
import org.mashang.stats.internal.RollUps.Fact;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roll-ups folded from the journal: a change is in them when the call that made it returns (a resident's new
 * message soon after, many in one fold), each change counts once however many transactions journal at the same time, a
 * rolled-back change never counts, and a row left in the journal (a crash between a commit and its fold) is folded by
 * the folder's round.
 */
@IntegrationTest
class RollUpJournalTests {

    @RegisterExtension
    final PerTestData data = new PerTestData();

    @Autowired
    JournaledRollUps rollUps;

    @Autowired
    RollUpJournal journal;

    @Autowired
    StatCaseRepository statCases;

    @Autowired
    RollUpFolder folder;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    /** A case of a new street's deputy, as the statistics know it, its message folded. */
    Fact aCase() throws Exception {
        TestData.Street street = data.street().create();
        Fact f = statCases.fact(street.caseIn(CaseState.SUBMITTED, "折叠：一条留言").caseId()).orElseThrow();
        folder.foldNow();
        return f;
    }

    /** The deputy's cases received: in the months, in the league's year, in the whole country's year by deputy. */
    List<Long> received(long deputy) {
        return List.of(
                sum("select coalesce(sum(received), 0) from stat_monthly where dim = 2 and dim_id = :d", deputy),
                sum("select coalesce(sum(received), 0) from stat_deputy_year where deputy_id = :d", deputy),
                sum("select coalesce(sum(received), 0) from stat_region_yearly where scope_key = '' and dim = 2 and dim_id = :d", deputy));
    }

    long sum(String query, long deputy) {
        return jdbc.sql(query).param("d", deputy).query(Long.class).single();
    }

    long journaled(long deputy) {
        return sum("select count(*) from stat_journal where deputy_id = :d", deputy);
    }

    @Test
    void concurrentChangesCountOnceEachAndAreFoldedBeforeTheirCallersGoOn() throws Exception {
        Fact f = aCase();
        long before = received(f.deputyId()).get(0);
        assertThat(received(f.deputyId())).containsOnly(before);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Boolean>> callers = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                callers.add(pool.submit(() -> {
                    long mine = tx.execute(s -> {
                        rollUps.bump(f, Counts.of(Monthly.RECEIVED, 1));
                        // this session's row (rows of other transactions may be newer)
                        return jdbc.sql("select currval(pg_get_serial_sequence('stat_journal', 'id'))").query(Long.class).single();
                    });
                    // the caller's own row is folded (gone from the journal) by the time its transaction's call returns
                    return jdbc.sql("select count(*) from stat_journal where id = :id").param("id", mine).query(Long.class).single() == 0;
                }));
            }
            for (Future<Boolean> caller : callers) {
                assertThat(caller.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(received(f.deputyId())).containsOnly(before + 60);
        assertThat(journaled(f.deputyId())).isZero();
    }

    @Test
    void theRoundNeverWaitsForThePoolWhileCallersWaitingForAFoldHoldIt() throws Exception {
        Fact f = aCase();
        long before = received(f.deputyId()).get(0);
        double failures = meters.counter("mashang.stats.fold.failures").count();
        // more callers than the pool has connections, each holding one while it waits for a fold, and the round
        ExecutorService pool = Executors.newFixedThreadPool(24);
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread round = new Thread(() -> {
            while (writing.get()) {
                folder.foldLeftOver();
            }
        });
        try {
            round.start();
            List<Future<?>> callers = new ArrayList<>();
            for (int i = 0; i < 240; i++) {
                callers.add(pool.submit(() -> tx.executeWithoutResult(s -> rollUps.bump(f, Counts.of(Monthly.RECEIVED, 1)))));
            }
            for (Future<?> caller : callers) {
                caller.get();
            }
        } finally {
            writing.set(false);
            round.join();
            pool.shutdownNow();
        }
        assertThat(meters.counter("mashang.stats.fold.failures").count()).isEqualTo(failures);
        assertThat(received(f.deputyId())).containsOnly(before + 240);
    }

    @Test
    void aTransactionStartedInsideAnotherIsFoldedWhenItCommits() throws Exception {
        Fact f = aCase();
        long before = received(f.deputyId()).get(0);
        TransactionTemplate own = new TransactionTemplate(tx.getTransactionManager());
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx.executeWithoutResult(outer -> {
            rollUps.bump(f, Counts.of(Monthly.RECEIVED, 1));
            own.executeWithoutResult(inner -> rollUps.bump(f, Counts.of(Monthly.RECEIVED, 1)));
            // the inner change is committed and folded; the outer one is not committed yet
            assertThat(received(f.deputyId()).get(0)).isEqualTo(before + 1);
        });
        assertThat(received(f.deputyId())).containsOnly(before + 2);
    }

    @Test
    void aRolledBackChangeNeverCounts() throws Exception {
        Fact f = aCase();
        List<Long> before = received(f.deputyId());
        tx.executeWithoutResult(s -> {
            rollUps.bump(f, Counts.of(Monthly.RECEIVED, 1));
            s.setRollbackOnly();
        });
        assertThat(received(f.deputyId())).isEqualTo(before);
        assertThat(journaled(f.deputyId())).isZero();
    }

    @Test
    void durationsOfOneBucketAreAddedTogether() throws Exception {
        Fact f = aCase();
        String bucket = "select coalesce(sum(close_hist[4]), 0) from stat_monthly where dim = 2 and dim_id = :d";
        long closedBefore = sum("select coalesce(sum(closed), 0) from stat_monthly where dim = 2 and dim_id = :d", f.deputyId());
        long inBucketBefore = sum(bucket, f.deputyId());
        tx.executeWithoutResult(s -> {
            rollUps.bump(f, Counts.of(Monthly.CLOSED, 1).and(Monthly.CLOSE_HOURS_SUM, 40).inBucket(Hist.CLOSE, 3));
            rollUps.bump(f, Counts.of(Monthly.CLOSED, 1).and(Monthly.CLOSE_HOURS_SUM, 50).inBucket(Hist.CLOSE, 3));
        });
        assertThat(sum("select coalesce(sum(closed), 0) from stat_monthly where dim = 2 and dim_id = :d", f.deputyId()))
                .isEqualTo(closedBefore + 2);
        assertThat(sum(bucket, f.deputyId())).isEqualTo(inBucketBefore + 2);
        assertThat(sum("select coalesce(sum(closed), 0) from stat_deputy_year where deputy_id = :d", f.deputyId()))
                .isEqualTo(closedBefore + 2);
    }

    @Test
    void residentsMessagesAreFoldedSoonAfterTheirCommitManyAtATime() throws Exception {
        Fact f = aCase();
        long before = received(f.deputyId()).get(0);
        DistributionSummary folds = meters.get("mashang.stats.fold.changes").summary();
        long foldsBefore = folds.count();
        for (int i = 0; i < 20; i++) {
            tx.executeWithoutResult(s -> rollUps.bumpSoon(f, Counts.of(Monthly.RECEIVED, 1)));
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (journaled(f.deputyId()) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received(f.deputyId())).containsOnly(before + 20);
        // folded before each caller went on, the twenty commits one after the other would have made twenty folds
        assertThat(folds.count() - foldsBefore).isLessThan(10);

        tx.executeWithoutResult(s -> {
            rollUps.bumpSoon(f, Counts.of(Monthly.RECEIVED, 1));
            s.setRollbackOnly();
        });
        folder.foldNow();
        assertThat(received(f.deputyId())).containsOnly(before + 20);
    }

    @Test
    void residentsMessagesCommittedTogetherAreJournaledAsOneRowAtTheCommitAndEachCounts() throws Exception {
        Fact f = aCase();
        long before = received(f.deputyId()).get(0);
        long[] rows = new long[2];
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 5; i++) {
                rollUps.bumpSoon(f, Counts.of(Monthly.RECEIVED, 1));
            }
            rows[0] = journaled(f.deputyId());
            // registered after the journal's own: sees what it wrote just before the commit
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    rows[1] = journaled(f.deputyId());
                }
            });
        });
        folder.foldNow();

        assertThat(rows).containsExactly(0, 1);
        assertThat(received(f.deputyId())).containsOnly(before + 5);
    }

    @Test
    void aResidentsCaseWaitingForTheCommitIsWrittenBeforeItsRowIsRead() throws Exception {
        Fact f = aCase();
        // a case the statistics have no row for yet (their row names it, nothing more)
        long id = 1_000_000_000L + System.nanoTime() % 1_000_000_000L;
        var submitted = new org.mashang.cases.CaseSubmitted(id, "T" + id, org.mashang.cases.Channel.DEPUTY_CODE, f.deputyId(),
                f.stationId(), f.streetId(), java.time.Instant.now(), f.categoryId(), null, f.scopeKey(), null);
        Long[] inside = new Long[2];
        tx.executeWithoutResult(s -> {
            statCases.insertAtCommit(submitted);
            inside[0] = sum("select count(*) from stat_case where case_id = :d", id);
            inside[1] = statCases.fact(id).map(Fact::caseId).orElse(null);
        });
        assertThat(inside).containsExactly(0L, id);
        assertThat(sum("select count(*) from stat_case where case_id = :d", id)).isEqualTo(1);
    }

    @Test
    void aRowLeftInTheJournalIsFoldedByTheRound() throws Exception {
        Fact f = aCase();
        long before = received(f.deputyId()).get(0);
        // appended without the fold its transaction would have had: as after a crash right after the commit
        journal.append(new RollUpJournal.Key(RollUpJournal.Kind.CASE, f.scopeKey(), f.streetId(), f.stationId(), f.deputyId(),
                f.categoryId(), f.blockId(), f.channelOrdinal(), f.month(), null, null, null, null, null, null, null, 0),
                Counts.of(Monthly.RECEIVED, 1).amounts());
        // the round comes every second (mashang.stats.fold-interval)
        long deadline = System.currentTimeMillis() + 10_000;
        while (journaled(f.deputyId()) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(journaled(f.deputyId())).isZero();
        assertThat(received(f.deputyId())).containsOnly(before + 1);
    }
}
