package org.mashang.platform;

import java.util.concurrent.ThreadFactory;

/** Threads of the application's own background work, named for thread dumps; daemons, so they never hold up a stop. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Each thread it makes is a daemon with this name. */
    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
