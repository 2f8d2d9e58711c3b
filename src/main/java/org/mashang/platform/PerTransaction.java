package org.mashang.platform;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value of the current transaction's own: made at its first use in the transaction, handed to {@code atCommit}
 * just before the transaction commits (inside it, so what that writes commits with it) or just after (once its work is
 * visible to everyone), and forgotten when it ends. It is suspended and resumed with its transaction, so a transaction
 * started inside another (REQUIRES_NEW) has a value of its own, handed over at its own commit; a rolled-back
 * transaction's value is dropped.
 */
public final class PerTransaction<T> {

    /** When the value is handed over. */
    public enum At {
        BEFORE_COMMIT, AFTER_COMMIT
    }

    private final At at;
    private final Supplier<T> create;
    private final Consumer<T> atCommit;

    public PerTransaction(At at, Supplier<T> create, Consumer<T> atCommit) {
        this.at = at;
        this.create = create;
        this.atCommit = atCommit;
    }

    /** @return the current transaction's value if it has one already; nothing is made */
    @SuppressWarnings("unchecked")
    public Optional<T> existing() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? Optional.ofNullable((T) TransactionSynchronizationManager.getResource(this)) : Optional.empty();
    }

    /** @return the current transaction's value, made now if it is the first use; empty outside a transaction */
    @SuppressWarnings("unchecked")
    public Optional<T> current() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        T bound = (T) TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return Optional.of(bound);
        }
        T value = create.get();
        TransactionSynchronizationManager.bindResource(this, value);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (at == At.BEFORE_COMMIT) {
                    atCommit.accept(value);
                }
            }

            @Override
            public void afterCommit() {
                if (at == At.AFTER_COMMIT) {
                    atCommit.accept(value);
                }
            }

            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResourceIfPossible(PerTransaction.this);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(PerTransaction.this, value);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(PerTransaction.this);
            }
        });
        return Optional.of(value);
    }
}
