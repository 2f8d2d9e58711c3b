package org.mashang.platform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: the items that callers hand in while a transaction of earlier ones is committing are stored together,
 * in one transaction, by the first of those callers (the others wait for it); a caller alone is served at once. Each
 * caller returns only once its item is committed, so nothing is acknowledged before it is durable. Under load this
 * saves the database a commit, its round trips and a connection per item; idle, it adds nothing. One group commits at a
 * time: the items handed in meanwhile make the next group larger.
 *
 * <p>If storing a group fails, its items are tried again one transaction each, so that one bad item never costs the
 * others theirs: the caller whose item fails gets its own exception.
 *
 * <p>A caller already in a transaction stores its item in that transaction, alone: its item must commit or roll back
 * with the rest of its work, not with other callers'.
 *
 * @param <T> what a caller hands in
 * @param <R> what it gets back once its item is committed
 */
public final class GroupCommit<T, R> {

    private final TransactionTemplate transactions;
    private final Function<List<T>, List<R>> storeAll;
    private final Function<T, R> store;
    private final int largest;
    private final ArrayDeque<Waiting<T, R>> queue = new ArrayDeque<>();
    private boolean committing;

    /**
     * @param storeAll stores a group, in its transaction, and returns a result for each item in the order they came
     * @param store    stores one item (a group that failed is tried again item by item, each in its own transaction)
     * @param largest  the most items in one transaction
     */
    public GroupCommit(TransactionTemplate transactions, Function<List<T>, List<R>> storeAll, Function<T, R> store, int largest) {
        this.transactions = transactions;
        this.storeAll = storeAll;
        this.store = store;
        this.largest = largest;
    }

    /** Stores the item with whatever else is waiting; returns when it is committed, or throws what storing it threw. */
    public R submit(T item) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return store.apply(item);
        }
        Waiting<T, R> mine = new Waiting<>(item);
        synchronized (queue) {
            queue.add(mine);
        }
        while (true) {
            List<Waiting<T, R>> group;
            synchronized (queue) {
                // a group's items are done before the next group may start, so an item not done is still queued
                while (!mine.done && committing) {
                    waitForGroup();
                }
                if (mine.done) {
                    return mine.outcome();
                }
                committing = true;
                group = new ArrayList<>(Math.min(queue.size(), largest));
                while (!queue.isEmpty() && group.size() < largest) {
                    group.add(queue.poll());
                }
            }
            try {
                commit(group);
            } finally {
                synchronized (queue) {
                    committing = false;
                    queue.notifyAll();
                }
            }
        }
    }

    /** @return how many items wait for a group to take them */
    int waiting() {
        synchronized (queue) {
            return queue.size();
        }
    }

    private void commit(List<Waiting<T, R>> group) {
        try {
            List<T> items = group.stream().map(w -> w.item).toList();
            List<R> results = transactions.execute(status -> {
                List<R> stored = storeAll.apply(items);
                if (stored.size() != items.size()) { // rolled back, then item by item: never an item left without an answer
                    throw new IllegalStateException(stored.size() + " results for a group of " + items.size());
                }
                return stored;
            });
            for (int i = 0; i < group.size(); i++) {
                group.get(i).succeed(results.get(i));
            }
        } catch (RuntimeException | Error failed) {
            if (group.size() == 1) {
                group.get(0).fail(failed);
                return;
            }
            for (Waiting<T, R> w : group) {
                try {
                    w.succeed(transactions.execute(status -> store.apply(w.item)));
                } catch (RuntimeException | Error alone) {
                    w.fail(alone);
                }
            }
        }
    }

    private void waitForGroup() {
        try {
            queue.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a group commit", e);
        }
    }

    /** An item handed in, and once its group is done, what storing it gave. */
    private static final class Waiting<T, R> {
        private final T item;
        private volatile boolean done;
        private R result;
        private Throwable failure;

        Waiting(T item) {
            this.item = item;
        }

        void succeed(R r) {
            result = r;
            done = true;
        }

        void fail(Throwable t) {
            failure = t;
            done = true;
        }

        R outcome() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return result;
        }
    }
}
