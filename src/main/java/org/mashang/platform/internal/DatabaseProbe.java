package org.mashang.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.mashang.platform.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Asks the database "select 1" twice a second, on a connection of its own and on a thread of its own (a long
 * scheduled job cannot delay it). When it gets no answer in time (or its connection broke and a new one fails), the
 * database counts as unreachable: requests get a 503 page at once instead of waiting ({@link DatabaseOutageFilter}), requests
 * already waiting are released, readiness is DOWN so a load balancer stops sending traffic. If the embedded server
 * died, it is started again. When the database answers again, all of this ends by itself.
 */
@Component("database")
class DatabaseProbe implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseProbe.class);

    private final GuardedDataSource guarded;
    private final HikariDataSource pool;
    private final EmbeddedPostgresServer embedded;
    private final Duration interval;
    private final Duration timeout;
    private final ExecutorService restarts = Executors.newSingleThreadExecutor(DaemonThreads.named("db-restart"));
    private ScheduledExecutorService probes;
    /** False from the moment stop() begins: a question it interrupts is no answer about the database. */
    private volatile boolean running;
    private Connection connection;
    private Future<?> restart;
    private volatile boolean reachable = true;
    private volatile long unreachableSince;
    private String lastFailure = "";

    /** How a question went: answered, unanswered in time on a working connection, or failed otherwise (refused, broken). */
    private enum Answer { ANSWERED, TIMED_OUT, FAILED }

    DatabaseProbe(DataSource dataSource, ObjectProvider<EmbeddedPostgresServer> embedded,
                  @Value("${mashang.database.probe-interval:400ms}") Duration interval,
                  @Value("${mashang.database.probe-timeout:1500ms}") Duration timeout) throws SQLException {
        this.guarded = dataSource.isWrapperFor(GuardedDataSource.class) ? dataSource.unwrap(GuardedDataSource.class) : null;
        this.pool = dataSource.unwrap(HikariDataSource.class);
        this.embedded = embedded.getIfAvailable();
        this.interval = interval;
        this.timeout = timeout;
    }

    boolean reachable() {
        return reachable;
    }

    /** A request found the database gone before the probe did: check now rather than at the next round. */
    void suspect() {
        ScheduledExecutorService p = probes;
        if (p != null && reachable) {
            p.execute(this::probe);
        }
    }

    @Override
    public Health health() {
        return reachable ? Health.up().build()
                : Health.down().withDetail("unreachableForSeconds", (System.nanoTime() - unreachableSince) / 1_000_000_000L).build();
    }

    synchronized void probe() {
        // a question unanswered in time on a working connection is the answer: a frozen or unreachable server. Only a
        // broken connection is tried again on a new one (the server restarted, the connection was ended), since a new
        // connection on a machine whose CPUs are all busy (a fork and a password exchange) can take longer than the
        // server takes to answer a question on one it has: that alone once made a busy database count as gone.
        Answer first = ask(false);
        boolean answered = first == Answer.ANSWERED || (first == Answer.FAILED && ask(true) == Answer.ANSWERED);
        if (!running) {
            return; // stopped while asking (shutdown, or a context paused): keep what was known
        }
        if (answered) {
            if (!reachable) {
                reachable = true;
                log.warn("The database answers again after {} ms", (System.nanoTime() - unreachableSince) / 1_000_000);
                pool.getHikariPoolMXBean().softEvictConnections();
            }
            return;
        }
        if (reachable) {
            reachable = false;
            unreachableSince = System.nanoTime();
            int released = guarded == null ? 0 : guarded.abortInUse();
            pool.getHikariPoolMXBean().softEvictConnections();
            log.error("The database does not answer ({}): requests get 503 until it does ({} waiting request(s) released)",
                    lastFailure, released);
        }
        if (embedded != null && !embedded.isAlive() && (restart == null || restart.isDone())) {
            restart = restarts.submit(embedded::restartIfDead);
        }
    }

    /** select 1 within the timeout, on the probe's connection or, with {@code fresh}, on a new one. */
    private Answer ask(boolean fresh) {
        try {
            if (fresh || connection == null || connection.isClosed()) {
                close();
                Properties props = new Properties();
                props.setProperty("user", pool.getUsername());
                if (pool.getPassword() != null) {
                    props.setProperty("password", pool.getPassword());
                }
                props.setProperty("connectTimeout", "1");
                props.setProperty("loginTimeout", "1");
                props.setProperty("ApplicationName", "mashang-probe");
                connection = DriverManager.getConnection(pool.getJdbcUrl(), props);
                connection.setNetworkTimeout(restarts, (int) timeout.toMillis());
            }
            try (Statement s = connection.createStatement()) {
                s.execute("select 1");
            }
            return Answer.ANSWERED;
        } catch (SQLException | RuntimeException e) {
            Answer failed = !fresh && connection != null && DatabaseOutageFilter.timedOut(e) ? Answer.TIMED_OUT : Answer.FAILED;
            lastFailure = (fresh ? "new connection: " : "probe connection: ") + e;
            close();
            return failed;
        }
    }

    private void close() {
        if (connection != null) {
            try {
                connection.abort(restarts);
            } catch (SQLException | RuntimeException ignored) {
                // gone already
            }
            connection = null;
        }
    }

    @Override
    public void start() {
        running = true;
        probes = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("db-probe"));
        probes.scheduleWithFixedDelay(this::probe, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        probes.shutdownNow();
        probes = null;
        close();
    }

    @Override
    public boolean isRunning() {
        return probes != null;
    }
}
