package org.mashang.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per data directory and JVM. Several application contexts in one JVM
 * (tests, or two instances in one test) share the server, as several real instances would share one database.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<String, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer obtain(EmbeddedDatabaseProperties properties) {
        File dir = new File(properties.dataDir()).getAbsoluteFile();
        return RUNNING.computeIfAbsent(dir.getPath(), key -> start(dir, properties));
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgresServer start(File dir, EmbeddedDatabaseProperties properties) {
        try {
            Files.createDirectories(dir.toPath());
            stopOrphanedServer(dir.toPath());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.clean())
                    .setPort(properties.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    // the embedded binaries default to test settings; an acknowledged message must survive a power cut
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setLocaleConfig("locale", "C")
                    // stopped after the application contexts have closed (see below), not alongside them
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), dir);
            // Spring Boot's shutdown hook runs this once every context has closed, so what beans store on the way out
            // (the scan counts held in memory) reaches the database before it stops.
            SpringApplication.getShutdownHandlers().add(() -> stop(postgres, dir));
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    private static void stop(EmbeddedPostgres postgres, File dir) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}", dir, e);
        }
    }

    /** A server left running by a killed JVM holds the directory; stop it so this start can succeed. */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(p -> {
                    log.warn("Stopping orphaned embedded PostgreSQL (pid {})", p.pid());
                    p.destroy();
                    p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                });
    }
}
