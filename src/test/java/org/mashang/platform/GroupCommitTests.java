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
import java.util.function.Function;
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
    /** The items of each group handed to be stored, in the order they were. */
    private final List<List<Integer>> stored = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void callersWhileAGroupCommitsAreStoredTogetherInTheNextTransactionEachGettingItsOwnResult() throws Exception {
        FirstGroupHeld held = new FirstGroupHeld();
        GroupCommit<Integer, String> group = new GroupCommit<>(new TransactionTemplate(transactions),
                held.around(items -> items.stream().map(i -> "receipt " + i).toList()), i -> "alone " + i, 32);

        List<Future<String>> sent = held.send(group, 1, 2, 3, 4, 5);

        for (int i = 0; i <= 5; i++) {
            assertThat(sent.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("receipt " + i);
        }
        assertThat(stored).hasSize(2);
        assertThat(stored.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void aGroupIsNoLargerThanItsLimit() throws Exception {
        FirstGroupHeld held = new FirstGroupHeld();
        GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions), held.around(items -> items),
                i -> i, 2);

        for (Future<Integer> f : held.send(group, 1, 2, 3, 4, 5)) {
            f.get(5, TimeUnit.SECONDS);
        }
        assertThat(stored).hasSize(4).allSatisfy(items -> assertThat(items).hasSizeLessThanOrEqualTo(2));
        assertThat(stored.stream().flatMap(List::stream)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    }

    @Test
    void whenAGroupFailsEachItemIsTriedAloneAndOnlyTheBadOneFails() throws Exception {
        FirstGroupHeld held = new FirstGroupHeld();
        GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions), held.around(items -> {
            if (items.contains(13)) {
                throw new IllegalArgumentException("13 is refused");
            }
            return items;
        }), i -> {
            if (i == 13) {
                throw new IllegalArgumentException("13 is refused");
            }
            return i * 10;
        }, 32);

        List<Future<Integer>> sent = held.send(group, 12, 13, 14);

        assertThat(sent.get(0).get(5, TimeUnit.SECONDS)).isEqualTo(0);
        assertThat(sent.get(1).get(5, TimeUnit.SECONDS)).isEqualTo(120); // stored alone, after the group failed
        assertThat(sent.get(3).get(5, TimeUnit.SECONDS)).isEqualTo(140);
        assertThatThrownBy(() -> sent.get(2).get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("13 is refused");
        // the first group, then the failed one rolled back, then 12 and 14 alone (13 alone rolled back too)
        assertThat(transactions.committed.get()).isEqualTo(3);
        assertThat(transactions.rolledBack.get()).isEqualTo(2);
    }

    @Test
    void aGroupStoredWithoutAResultForEachItemIsRolledBackAndTriedItemByItem() throws Exception {
        FirstGroupHeld held = new FirstGroupHeld();
        GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions),
                held.around(items -> items.contains(0) ? items : items.subList(0, 1)), i -> i * 10, 32);

        List<Future<Integer>> sent = held.send(group, 1, 2);

        assertThat(sent.get(0).get(5, TimeUnit.SECONDS)).isEqualTo(0);
        assertThat(sent.get(1).get(5, TimeUnit.SECONDS)).isEqualTo(10);
        assertThat(sent.get(2).get(5, TimeUnit.SECONDS)).isEqualTo(20);
        assertThat(transactions.rolledBack.get()).isEqualTo(1);
    }

    @Test
    void aCallerAloneIsServedAtOnceAndGetsItsOwnFailure() {
        Function<Integer, Integer> store = i -> {
            if (i == 13) {
                throw new IllegalArgumentException("13 is refused");
            }
            return i;
        };
        GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions),
                items -> items.stream().map(store).toList(), store, 32);

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
        }, 32);

        Integer stored = new TransactionTemplate(transactions).execute(status -> group.submit(7));

        assertThat(stored).isEqualTo(7);
        assertThat(inTransaction.get()).isEqualTo(1);
        assertThat(transactions.committed.get()).isEqualTo(1); // the caller's own, no other
    }

    /** Holds the group with item 0 in it while it is being stored, so that the callers after it queue for the next one. */
    private final class FirstGroupHeld {
        private final CountDownLatch storing = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        <R> Function<List<Integer>, List<R>> around(Function<List<Integer>, List<R>> storeAll) {
            return items -> {
                if (items.contains(0)) {
                    storing.countDown();
                    await(release);
                }
                stored.add(items);
                return storeAll.apply(items);
            };
        }

        /** 0, then the others while 0's group is held, then lets it go on; @return each caller's answer, 0's first */
        <R> List<Future<R>> send(GroupCommit<Integer, R> group, int... others) throws Exception {
            List<Future<R>> sent = new ArrayList<>();
            sent.add(callers.submit(() -> group.submit(0)));
            assertThat(storing.await(5, TimeUnit.SECONDS)).isTrue();
            for (int item : others) {
                sent.add(callers.submit(() -> group.submit(item)));
            }
            waitUntil(() -> group.waiting() == others.length);
            release.countDown();
            return sent;
        }
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
