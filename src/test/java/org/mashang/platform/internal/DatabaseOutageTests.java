package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mashang.MashangApplication;
import org.mashang.RawHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application on an embedded PostgreSQL of its own, whose server is frozen (SIGSTOP) and killed (kill -9):
 * pages become a 503 in Chinese with a Retry-After within seconds, readiness goes DOWN, and both come back by
 * themselves — after a kill, because the application starts the server again. The public pages kept in memory (kept
 * here for a second, as in production) are still served meanwhile, as last kept.
 */
@Tag("integration") // starts its own server or database
class DatabaseOutageTests {

    static final Path DIR = Path.of("target/outage-test/pg").toAbsolutePath();
    static ConfigurableApplicationContext app;
    static RawHttp http;

    @BeforeAll
    static void start() {
        // as arguments: they come before the system properties that give the other tests their database
        app = new SpringApplicationBuilder(MashangApplication.class).run("--server.port=0", "--mashang.embedded.data-dir=" + DIR,
                "--mashang.embedded.clean=true", "--mashang.demo.enabled=false", "--mashang.files.reencode-on-start=false",
                "--mashang.pages.cache-ttl=1s");
        http = new RawHttp("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
        http.timeoutMillis = 20_000;
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        EmbeddedPostgresServer.stop(DIR);
    }

    static long postmaster() throws Exception {
        return Long.parseLong(Files.readAllLines(DIR.resolve("postmaster.pid")).get(0).strip());
    }

    static void signal(String signal, List<Long> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(p -> command.add(Long.toString(p)));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** @return ms until {@code path} answered with a status the condition accepts, polling; -1 when it never did */
    static long until(String path, Predicate<RawHttp.Response> condition, long maxMillis) throws Exception {
        long start = System.nanoTime();
        while ((System.nanoTime() - start) / 1_000_000 < maxMillis) {
            if (condition.test(http.get(path))) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(50);
        }
        return -1;
    }

    static void usedByAScheduledJob(DataSource dataSource) throws Exception {
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize(); i++) {
                taken.add(dataSource.getConnection());
            }
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
    }

    @Test
    void aFrozenThenAKilledDatabaseIsA503AndTheApplicationRecoversByItself() throws Exception {
        assertThat(http.get("/find").status()).isEqualTo(200);
        RawHttp.Response wall = http.get("/cases");
        assertThat(wall.status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);

        // every pooled connection last used off a request (as the directory's renewals every 30 s do): the next request
        // on one must reset its statement timeout, and that must not wait on a frozen server without bound
        usedByAScheduledJob(app.getBean(DataSource.class));
        long pid = postmaster();
        List<Long> all = new ArrayList<>(List.of(pid));
        ProcessHandle.of(pid).orElseThrow().children().forEach(c -> all.add(c.pid()));
        signal("STOP", all);
        try {
            long to503 = until("/find", r -> r.status() == 503, 10_000);
            assertThat(to503).as("ms to the first 503 while frozen").isBetween(0L, 3_000L);
            // the public wall as kept before the freeze, also once its second is up and its renewal found the database gone
            for (int i = 0; i < 3; i++) {
                RawHttp.Response kept = http.get("/cases");
                assertThat(kept.status()).as("a kept public page while the database is gone").isEqualTo(200);
                assertThat(kept.body()).isEqualTo(wall.body());
                Thread.sleep(700);
            }
            RawHttp.Response page = http.get("/login");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.header("Retry-After")).isEqualTo("10");
            assertThat(page.body()).contains("系统暂时无法提供服务").contains("不会丢失");
            assertThat(page.millis()).isLessThan(2000);
            assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(503);
            assertThat(http.get("/css/app.css").status()).isEqualTo(200);
        } finally {
            signal("CONT", all);
        }
        assertThat(until("/find", r -> r.status() == 200, 10_000)).as("ms until served again").isNotNegative();
        assertThat(until("/actuator/health/readiness", r -> r.status() == 200, 5_000)).isNotNegative();

        signal("KILL", List.of(postmaster()));
        assertThat(until("/find", r -> r.status() == 503, 5_000)).as("ms to the first 503 after kill -9").isBetween(0L, 3_000L);
        assertThat(until("/find", r -> r.status() == 200, 40_000)).as("ms until the server runs again").isNotNegative();
        // readiness follows the probe (every 400 ms), which may tick just after the first page is served again
        assertThat(until("/actuator/health/readiness", r -> r.status() == 200, 5_000)).isNotNegative();
        assertThat(postmaster()).isNotEqualTo(pid);
    }
}
