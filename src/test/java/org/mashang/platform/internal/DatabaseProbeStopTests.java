package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Stopping the probe (shutdown, or a test framework pausing a context it keeps for later) interrupts a question in
 * flight: that is no answer about the database, and must not leave the application serving 503s once it starts again.
 */
@UnitTest
class DatabaseProbeStopTests {

    @Test
    void aProbeInterruptedByStopDoesNotCountTheDatabaseAsGone() throws Exception {
        // a "database" that accepts connections and never answers: the probe waits on it until it is stopped
        try (ServerSocket silent = new ServerSocket(0); HikariDataSource pool = new HikariDataSource()) {
            List<Socket> held = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/postgres");
            pool.setUsername("postgres");
            DatabaseProbe probe = new DatabaseProbe(pool, new StaticListableBeanFactory().getBeanProvider(EmbeddedPostgresServer.class),
                    Duration.ofMillis(20), Duration.ofMillis(500));
            probe.start();
            Thread.sleep(300); // the first probe is waiting for the silent server's answer
            probe.stop();
            synchronized (probe) {
                // the interrupted probe has finished
                assertThat(probe.reachable()).isTrue();
            }
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }
}
