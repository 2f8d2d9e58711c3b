package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.platform.PerTransaction.At;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A value of the current transaction's own: one per transaction however often it is asked for, handed over at that
 * transaction's commit (a transaction started inside another has its own), dropped on a rollback, none outside one.
 */
@IntegrationTest
class PerTransactionTests {

    @Autowired
    PlatformTransactionManager transactions;

    final List<List<String>> handed = new ArrayList<>();
    final PerTransaction<List<String>> gathered = new PerTransaction<>(At.AFTER_COMMIT, ArrayList::new, handed::add);

    @Test
    void eachTransactionHandsItsOwnValueOverAtItsCommit() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        outer.executeWithoutResult(s -> {
            gathered.current().orElseThrow().add("a");
            inner.executeWithoutResult(i -> gathered.current().orElseThrow().add("inner"));
            assertThat(handed).containsExactly(List.of("inner"));
            gathered.current().orElseThrow().add("b");
        });
        assertThat(handed).containsExactly(List.of("inner"), List.of("a", "b"));
    }

    @Test
    void aRolledBackTransactionsValueIsDroppedAndThereIsNoneOutsideOne() {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            gathered.current().orElseThrow().add("lost");
            s.setRollbackOnly();
        });
        assertThat(handed).isEmpty();
        assertThat(gathered.current()).isEmpty();
    }
}
