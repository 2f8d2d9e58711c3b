package org.mashang.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.mashang.platform.Codes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * One embedded PostgreSQL per data directory and JVM. Several application contexts in one JVM (tests, or two
 * instances in one test) share the server, as several real instances would share one database.
 *
 * <p>Durable: fsync, synchronous commit and full-page writes on, so what was acknowledged survives a power cut.
 * Closed: every connection needs the password (scram-sha-256), generated on first start and kept next to the cluster
 * in a file only its owner can read. Alone: a lock file held by the running JVM makes a second start in the same
 * folder refuse; a server orphaned by a killed JVM is stopped with a fast shutdown before this one starts. If the
 * server dies under the running application, {@link #restartIfDead} starts it again on the same port.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();
    static final String USER = "postgres";

    private final Path dir;
    private final DataFolderLock lock;
    private final String password;
    private final int port;
    private final EmbeddedPostgres postgres;
    private final Path binaries;
    private final Map<String, String> config;

    private EmbeddedPostgresServer(Path dir, DataFolderLock lock, String password, int port, EmbeddedPostgres postgres,
                                   Map<String, String> config) {
        this.dir = dir;
        this.config = config;
        this.lock = lock;
        this.password = password;
        this.port = port;
        this.postgres = postgres;
        this.binaries = OrphanedServer.find(dir).flatMap(p -> p.info().command()).map(c -> Path.of(c).getParent()).orElse(null);
    }

    static synchronized EmbeddedPostgresServer obtain(EmbeddedDatabaseProperties properties) {
        Path dir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        EmbeddedPostgresServer running = RUNNING.get(dir);
        if (running == null) {
            running = start(dir, properties);
            RUNNING.put(dir, running);
        }
        return running;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    String password() {
        return password;
    }

    Path dataDir() {
        return dir;
    }

    /**
     * The server settings that make an acknowledged commit survive a crash or a power cut, its memory
     * ({@link ServerMemory}), and its own log: kept in the data directory's {@code log} folder, one file per weekday
     * overwritten a week later, with checkpoints, statements and lock waits over a second and autovacuum runs over a
     * second (the server's output otherwise went only to a logger turned down to warnings, so a stall of the database
     * left no trace anywhere).
     */
    static Map<String, String> serverConfig(String sharedBuffers) {
        Map<String, String> config = new LinkedHashMap<>(ServerMemory.settings(sharedBuffers, ServerMemory.machineBytes()));
        config.put("fsync", "on");
        config.put("synchronous_commit", "on");
        config.put("full_page_writes", "on");
        config.put("password_encryption", "scram-sha-256");
        config.put("max_connections", "200");
        config.put("timezone", "Asia/Shanghai");
        config.put("logging_collector", "on");
        config.put("log_directory", "log");
        config.put("log_filename", "postgresql-%a.log");
        config.put("log_truncate_on_rotation", "on");
        config.put("log_rotation_age", "1d");
        config.put("log_rotation_size", "0");
        config.put("log_checkpoints", "on");
        config.put("log_min_duration_statement", "1s");
        // a statement's text, never the values bound to it (a resident's phone, a message)
        config.put("log_parameter_max_length", "0");
        config.put("log_lock_waits", "on");
        config.put("log_autovacuum_min_duration", "1s");
        return config;
    }

    private static EmbeddedPostgresServer start(Path dir, EmbeddedDatabaseProperties properties) {
        Path folder = dir.getParent() == null ? dir : dir.getParent();
        DataFolderLock lock = DataFolderLock.acquire(folder.resolve(dir.getFileName() + ".lock"), dir);
        try {
            if (properties.clean()) {
                FileSystemUtils.deleteRecursively(dir);
            }
            Files.createDirectories(dir);
            OrphanedServer.stopIfRunning(dir);
            String password = password(folder.resolve(dir.getFileName() + ".password"));
            int port = properties.port() == 0 ? freePort() : properties.port();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.toFile())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C")
                    .setConnectConfig("password", password)
                    // stopped after the application contexts have closed (see below), not alongside them
                    .setRegisterShutdownHook(false);
            Map<String, String> config = serverConfig(properties.sharedBuffers());
            config.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir, lock, password, port, postgres, config);
            server.requirePassword();
            // Spring Boot's shutdown hook runs this once every context has closed, so what beans store on the way out
            // (the scan counts held in memory) reaches the database before it stops.
            SpringApplication.getShutdownHandlers().add(() -> stopQuietly(dir));
            log.info("Embedded PostgreSQL running on port {} with data in {} (shared_buffers {})", port, dir, config.get("shared_buffers"));
            return server;
        } catch (IOException e) {
            lock.release();
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    /** The password of the superuser, generated on first start into a file readable by its owner only. */
    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        String password = Codes.random(32);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
        return password;
    }

    /**
     * initdb leaves every local connection trusted: on the first start (or the first since this check existed) the
     * superuser gets the password and pg_hba.conf asks for it on every connection, socket or TCP.
     */
    private void requirePassword() {
        Path hba = dir.resolve("pg_hba.conf");
        try {
            boolean trusting = Files.readAllLines(hba).stream().map(String::strip)
                    .anyMatch(l -> !l.startsWith("#") && l.endsWith("trust"));
            if (!trusting) {
                return;
            }
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("alter user " + USER + " password '" + password + "'");
                Files.writeString(hba, """
                        # Written by Mashang: every connection needs the password (kept next to this folder, mode 0600).
                        local   all          all                     scram-sha-256
                        host    all          all    127.0.0.1/32     scram-sha-256
                        host    all          all    ::1/128          scram-sha-256
                        local   replication  all                     scram-sha-256
                        host    replication  all    127.0.0.1/32     scram-sha-256
                        host    replication  all    ::1/128          scram-sha-256
                        """);
                s.execute("select pg_reload_conf()");
            }
            log.info("The embedded PostgreSQL now asks every connection for the password (scram-sha-256)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded PostgreSQL's password", e);
        }
    }

    Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "2");
        props.setProperty("socketTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(), props);
    }

    /** Whether the postmaster serving our folder is running (it may be stopped with SIGSTOP: that is alive). */
    boolean isAlive() {
        return OrphanedServer.find(dir).isPresent();
    }

    /**
     * Starts the server again, with the same settings and on the same port, when its postmaster has died (killed, out
     * of memory). Backends left by a killed postmaster hold its shared memory for a moment: tried for up to 30 s.
     *
     * @return whether it runs now
     */
    synchronized boolean restartIfDead() {
        if (isAlive()) {
            return true;
        }
        if (binaries == null) {
            log.error("The embedded PostgreSQL in {} is not running and its binaries are not known; restart the application", dir);
            return false;
        }
        log.warn("The embedded PostgreSQL in {} is not running: starting it again", dir);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (pgCtlStart() && isAlive()) {
                log.info("The embedded PostgreSQL runs again on port {}", port);
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private boolean pgCtlStart() {
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port)));
        config.forEach((k, v) -> options.add("-c " + k + "=" + v));
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // PostgreSQL does not run as root: as zonky does, in a user namespace
        }
        command.addAll(List.of(binaries.resolve("pg_ctl").toString(), "-D", dir.toString(), "-o", String.join(" ", options), "-w", "-t",
                "20", "start"));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void stopQuietly(Path dataDir) {
        try {
            stop(dataDir);
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}", dataDir, e);
        }
    }

    /** Stops the server and lets go of the folder (tests that start a server of their own). */
    static synchronized void stop(Path dataDir) throws IOException {
        EmbeddedPostgresServer server = RUNNING.remove(dataDir.toAbsolutePath().normalize());
        if (server != null) {
            server.postgres.close();
            server.lock.release();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
