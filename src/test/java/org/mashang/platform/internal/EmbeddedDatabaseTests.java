package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded database on its own data folder, in JVMs of its own: a second start refuses while the first runs, and
 * after the first JVM is killed (kill -9) while a client still holds its server, the next start stops that orphan with
 * a fast shutdown and proceeds, in seconds.
 */
@Tag("integration") // starts its own server or database
class EmbeddedDatabaseTests {

    static final Path DIR = Path.of("target/embedded-orphan/pg").toAbsolutePath();

    Process child;

    @AfterEach
    void cleanUp() throws IOException {
        if (child != null) {
            child.destroyForcibly();
        }
        EmbeddedPostgresServer.stop(DIR);
        OrphanedServer.stopIfRunning(DIR);
    }

    static EmbeddedDatabaseProperties properties() {
        return new EmbeddedDatabaseProperties(DIR.toString(), false, 0, 2, Duration.ofSeconds(2), "192MB");
    }

    /** Starts {@link EmbeddedServerMain} in a new JVM; @return its JDBC URL once it is ready */
    String startChild() throws IOException {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        child = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"), EmbeddedServerMain.class.getName(), DIR.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the child was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return line.substring(6);
            }
        }
        throw new IllegalStateException("the embedded server did not start in its own JVM");
    }

    static Connection connect(String url) throws Exception {
        String password = Files.readString(DIR.resolveSibling("pg.password")).strip();
        return DriverManager.getConnection(url, EmbeddedPostgresServer.USER, password);
    }

    static int selectOne(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aSecondStartInTheSameFolderRefusesAndLeavesTheFirstRunning() throws Exception {
        FileSystemUtils.deleteRecursively(DIR.getParent());
        String url = startChild();
        assertThatThrownBy(() -> EmbeddedPostgresServer.obtain(properties()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Another Mashang is already running with the database in " + DIR);
        try (Connection c = connect(url)) {
            assertThat(selectOne(c)).isEqualTo(1);
        }
    }

    @Test
    void afterKill9TheOrphanIsStoppedFastEvenWithAClientConnectedAndTheStartProceeds() throws Exception {
        FileSystemUtils.deleteRecursively(DIR.getParent());
        String url = startChild();
        Connection held = connect(url);
        held.setAutoCommit(false);
        assertThat(selectOne(held)).isEqualTo(1); // idle in a transaction: a smart shutdown would wait for it forever
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(OrphanedServer.find(DIR)).as("the orphaned server still runs").isPresent();

        long start = System.nanoTime();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(properties());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("start after the orphan, in ms").isLessThan(20_000);
        try (Connection c = server.connect()) {
            assertThat(selectOne(c)).isEqualTo(1);
        }
        assertThatThrownBy(() -> selectOne(held)).isInstanceOf(SQLException.class);
        held.close();
    }

    @Test
    void theServerIsDurableAndAsksEveryConnectionForThePassword() throws Exception {
        FileSystemUtils.deleteRecursively(DIR.getParent());
        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(properties());
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            for (String setting : new String[]{"fsync", "synchronous_commit", "full_page_writes"}) {
                try (var rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
            try (var rs = s.executeQuery("show shared_buffers")) { // the page cache it was given
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("192MB");
            }
            // its own log, in the data directory, where a slow statement shows
            s.execute("select pg_sleep(1.1)");
            try (var rs = s.executeQuery("select pg_current_logfile()")) {
                rs.next();
                assertThat(rs.getString(1)).matches("log/postgresql-\\w{3}\\.log");
                Path log = DIR.resolve(rs.getString(1));
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (!(Files.exists(log) && Files.readString(log).contains("pg_sleep(1.1)")) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(Files.readString(log)).contains("duration:").contains("pg_sleep(1.1)");
            }
        }
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "wrong").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        Path password = DIR.resolveSibling("pg.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
        assertThat(Files.readString(DIR.resolve("pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
    }
}
