package org.mashang.platform.internal;

/**
 * Whether the current thread is serving an HTTP request: database work done for a person waiting gets the short
 * timeouts of {@link GuardedDataSource}; scheduled jobs and migrations keep the long ones.
 */
final class WebRequests {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private WebRequests() {
    }

    static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }

    static void begin() {
        ACTIVE.set(Boolean.TRUE);
    }

    static void end() {
        ACTIVE.remove();
    }
}
