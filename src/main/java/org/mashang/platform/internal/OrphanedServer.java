package org.mashang.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running in our data folder by a JVM that was killed. It is stopped with a fast shutdown (SIGINT:
 * its clients' sessions are ended, a psql or a backup left connected cannot hold it up), then, if it still runs,
 * an immediate one. Only a postgres process serving this very folder is touched.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    private OrphanedServer() {
    }

    /** The postmaster serving {@code dataDir}, from its postmaster.pid, if it is alive. */
    static Optional<ProcessHandle> find(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                    .filter(p -> p.info().arguments().map(a -> serves(a, dataDir)).orElse(true));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean serves(String[] arguments, Path dataDir) {
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && Path.of(arguments[i + 1]).toAbsolutePath().normalize().equals(dataDir)) {
                return true;
            }
        }
        return false;
    }

    static void stopIfRunning(Path dataDir) {
        find(dataDir).ifPresent(p -> {
            long start = System.nanoTime();
            log.warn("Stopping the PostgreSQL left running in {} by a previous run (pid {}), ending its sessions", dataDir, p.pid());
            if (!signal(p, "INT", Duration.ofSeconds(30)) && !signal(p, "QUIT", Duration.ofSeconds(10))) {
                p.destroyForcibly();
                p.onExit().orTimeout(10, TimeUnit.SECONDS).join();
            }
            log.info("Stopped it in {} ms", (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** Sends the signal and waits; @return whether the process ended in time */
    private static boolean signal(ProcessHandle p, String signal, Duration wait) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();
            p.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !p.isAlive();
        }
    }
}
