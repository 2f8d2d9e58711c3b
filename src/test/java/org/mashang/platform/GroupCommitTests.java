package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@UnitTest
class GroupCommitTests {

    private final Transactions transactions = new Transactions();
    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    /** The items of each group stored, in the order they were stored. */
    private final List<List<Integer>> committed = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void callersWhileAGroupCommitsAreStoredTogetherInTheNextTransactionEachGettingItsOwnResult() throws Exception {
        CountDownLatch firstStoring = new CountDownLatch(1);
        CountDownLatch letFirstCommit = new CountDownLatch(1);
        GroupCommit<Integer, String> group = new GroupCommit<>(new TransactionTemplate(transactions), items -> {
            if (items.contains(0)) {
                firstStoring.countDown();
                await(letFirstCommit);
            }
            committed.add(items);
            return items.stream().map(i -> "receipt " + i).toList();
        }, i -> "alone " + i, 32, 1);

        Future<String> first = callers.submit(() -> group.submit(0));
        assertThat(firstStoring.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<String>> waiting = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int item = i;
            waiting.add(callers.submit(() -> group.submit(item)));
        }
        waitUntil(() -> group.waiting() == 5);
        letFirstCommit.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("receipt 0");
        for (int i = 1; i <= 5; i++) {
            assertThat(waiting.get(i - 1).get(5, TimeUnit.SECONDS)).isEqualTo("receipt " + i);
        }
        assertThat(committed).hasSize(2);
        assertThat(committed.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void aGroupIsNoLargerThanItsLimit() throws Exception {
        CountDownLatch firstStoring = new CountDownLatch(1);
        CountDownLatch letFirstCommit = new CountDownLatch(1);
        GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions), items -> {
            if (items.contains(0)) {
                firstStoring.countDown();
                await(letFirstCommit);
            }
            committed.add(items);
            return items;
        }, i -> i, 2, 1);

        Future<Integer> first = callers.submit(() -> group.submit(0));
        assertThat(firstStoring.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> waiting = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int item = i;
            waiting.add(callers.submit(() -> group.submit(item)));
        }
        waitUntil(() -> group.waiting() == 5);
        letFirstCommit.countDown();

        first.get(5, TimeUnit.SECONDS);
        for (Future<Integer> f : waiting) {
            f.get(5, TimeUnit.SECONDS);
        }
        assertThat(committed).hasSize(4).allSatisfy(items -> assertThat(items).hasSizeLessThanOrEqualTo(2));
        assertThat(committed.stream().flatMap(List::stream)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    }

    @Test
    void whenAGroupFailsEachItemIsTriedAloneAndOnlyTheBadOneFails() throws Exception {
        CountDownLatch firstStoring = new CountDownLatch(1);
        CountDownLatch letFirstCommit = new CountDownLatch(1);
        GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions), items -> {
            if (items.contains(0)) {
                firstStoring.countDown();
                await(letFirstCommit);
            }
            if (items.contains(13)) {
                throw new IllegalArgumentException("13 is refused");
            }
            return items;
        }, i -> {
            if (i == 13) {
                throw new IllegalArgumentException("13 is refused");
            }
            return i * 10;
        }, 32, 1);

        Future<Integer> first = callers.submit(() -> group.submit(0));
        assertThat(firstStoring.await(5, TimeUnit.SECONDS)).isTrue();
        Future<Integer> twelve = callers.submit(() -> group.submit(12));
        Future<Integer> thirteen = callers.submit(() -> group.submit(13));
        Future<Integer> fourteen = callers.submit(() -> group.submit(14));
        waitUntil(() -> group.waiting() == 3);
        letFirstCommit.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(0);
        assertThat(twelve.get(5, TimeUnit.SECONDS)).isEqualTo(120); // stored alone, after the group failed
        assertThat(fourteen.get(5, TimeUnit.SECONDS)).isEqualTo(140);
        assertThatThrownBy(() -> thirteen.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("13 is refused");
        // the first group, then the failed one rolled back, then 12 and 14 alone (13 alone rolled back too)
        assertThat(transactions.committed.get()).isEqualTo(3);
        assertThat(transactions.rolledBack.get()).isEqualTo(2);
    }

    @Test
    void aCallerAloneIsServedAtOnceAndGetsItsOwnFailure() {
        java.util.function.Function<Integer, Integer> store = i -> {
            if (i == 13) {
                throw new IllegalArgumentException("13 is refused");
            }
            return i;
        };
        GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions),
                items -> items.stream().map(store).toList(), store, 32, 1);

        assertThat(group.submit(1)).isEqualTo(1);
        assertThatThrownBy(() -> group.submit(13)).isInstanceOf(IllegalArgumentException.class).hasMessage("13 is refused");
        assertThat(transactions.committed.get()).isEqualTo(1);
        assertThat(transactions.rolledBack.get()).isEqualTo(1);
    }

    @Test
    void aCallerInATransactionStoresItsItemInItAlone() {
        AtomicInteger inTransaction = new AtomicInteger();
        GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions), items -> items, i -> {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                inTransaction.incrementAndGet();
            }
            return i;
        }, 32, 1);

        Integer stored = new TransactionTemplate(transactions).execute(status -> group.submit(7));

        assertThat(stored).isEqualTo(7);
        assertThat(inTransaction.get()).isEqualTo(1);
        assertThat(transactions.committed.get()).isEqualTo(1); // the caller's own, no other
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    /** Counts commits and rollbacks. */
    private static final class Transactions extends AbstractPlatformTransactionManager {
        final AtomicInteger committed = new AtomicInteger();
        final AtomicInteger rolledBack = new AtomicInteger();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            committed.incrementAndGet();
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rolledBack.incrementAndGet();
        }
    }
}
