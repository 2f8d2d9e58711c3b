package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Work done for a request gets a statement timeout; scheduled work does not, even on a connection a request had. */
@IntegrationTest
class GuardedDataSourceTests {

    @Autowired
    DataSource dataSource;

    @AfterEach
    void endRequest() {
        WebRequests.end();
    }

    static String statementTimeout(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("show statement_timeout")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theApplicationsDataSourceIsGuarded() throws SQLException {
        assertThat(dataSource.isWrapperFor(GuardedDataSource.class)).isTrue();
        WebRequests.begin();
        try (Connection c = dataSource.getConnection()) {
            assertThat(statementTimeout(c)).isEqualTo("10s");
        }
    }

    @Test
    void aStatementOfARequestIsCancelledAfterTheTimeoutAndCountsAsTheDatabaseNotAnswering() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        GuardedDataSource guarded = new GuardedDataSource(pool, Duration.ofSeconds(1));
        WebRequests.begin();
        try (Connection c = guarded.getConnection(); Statement s = c.createStatement()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> s.execute("select pg_sleep(5)"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(DatabaseOutageFilter.databaseGone(e)).isTrue());
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
        }
        WebRequests.end();
        // the same pooled connections, taken by scheduled work: no timeout
        for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
            try (Connection c = guarded.getConnection()) {
                assertThat(statementTimeout(c)).isEqualTo("0");
            }
        }
    }

    @Test
    void everyConnectionARequestHoldsCanBeAbortedAtOnce() throws Exception {
        GuardedDataSource guarded = new GuardedDataSource(dataSource.unwrap(HikariDataSource.class), Duration.ofSeconds(30));
        WebRequests.begin();
        Connection c = guarded.getConnection();
        Thread waiting = new Thread(() -> {
            try (Statement s = c.createStatement()) {
                s.execute("select pg_sleep(20)");
            } catch (SQLException expected) {
                // released
            }
        });
        long start = System.nanoTime();
        waiting.start();
        Thread.sleep(300);
        assertThat(guarded.abortInUse()).isEqualTo(1);
        waiting.join(5000);
        assertThat(waiting.isAlive()).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
        c.close();
    }
}
