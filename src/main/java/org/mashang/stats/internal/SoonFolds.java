package org.mashang.stats.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mashang.platform.DaemonThreads;
import org.mashang.platform.PerTransaction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Folds that no caller waits for: a resident's new message is in the roll-ups within {@code mashang.stats.fold-soon}
 * (200 ms) of its commit, folded on a thread of its own together with every message committed meanwhile. Folding
 * before each resident's answer cost a fold for every two messages under load (the database's CPU a message about a
 * quarter higher, see README), and the resident is shown a receipt, not figures. A clean shutdown folds what is left; a crash leaves it in
 * the journal for the next start's round.
 */
@Component
class SoonFolds {

    private final RollUpFolder folder;
    private final Duration after;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("roll-up-folder"));
    /** A fold is waiting to run: commits meanwhile share it. */
    private final AtomicBoolean asked = new AtomicBoolean();
    /** That the current transaction journaled a resident's message: a fold is asked for once it commits. */
    private final PerTransaction<Boolean> committing = new PerTransaction<>(PerTransaction.At.AFTER_COMMIT, () -> Boolean.TRUE,
            journaled -> ask());

    SoonFolds(RollUpFolder folder, @Value("${mashang.stats.fold-soon:200ms}") Duration after) {
        this.folder = folder;
        this.after = after;
    }

    /** Asks for a fold soon after the current transaction commits (soon after now when there is none). */
    void afterCommit() {
        if (committing.current().isEmpty()) {
            ask();
        }
    }

    private void ask() {
        if (!asked.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.schedule(() -> {
                // cleared before folding: a commit during the fold asks for the next one
                asked.set(false);
                folder.foldNow();
            }, after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            asked.set(false); // on the way out: stop() folds it
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
        folder.foldNow();
    }
}
