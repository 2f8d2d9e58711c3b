package org.mashang.platform.internal;

import java.time.Duration;

/** The embedded database alone in a JVM of its own, for tests that kill that JVM: prints READY and its port, then waits. */
public final class EmbeddedServerMain {

    private EmbeddedServerMain() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(
                new EmbeddedDatabaseProperties(args[0], false, 0, 2, Duration.ofSeconds(2), "128MB"));
        System.out.println("READY " + server.jdbcUrl());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
