package org.mashang.signs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.MashangApplication;
import org.mashang.directory.Directory;
import org.mashang.signs.internal.ScanKind;
import org.mashang.signs.internal.SignScans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Scans are counted in memory, written in batches, exact under many scans at once, and kept when the application stops. */
@IntegrationTest
class ScanCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignScans scans;

    @Autowired
    Directory directory;

    @Autowired
    Clock clock;

    long stored(ScanKind kind, long id, LocalDate day) {
        return jdbc.sql("select coalesce(sum(scans), 0) from sign_scan where kind = :k and target_id = :id and day = :day")
                .param("k", kind.name()).param("id", id).param("day", day).query(Long.class).single();
    }

    @Test
    void showingAPageWritesNothingUntilTheCountsAreStored() throws Exception {
        long wl10 = directory.deputyByCode("wl10").orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        scans.flush();
        long before = stored(ScanKind.DEPUTY, wl10, today);
        mvc.perform(get("/d/wl10")).andExpect(status().isOk());
        mvc.perform(get("/d/wl10")).andExpect(status().isOk());
        assertThat(stored(ScanKind.DEPUTY, wl10, today)).isEqualTo(before);
        scans.flush();
        assertThat(stored(ScanKind.DEPUTY, wl10, today)).isEqualTo(before + 2);
        scans.flush();
        assertThat(stored(ScanKind.DEPUTY, wl10, today)).as("a count is stored once").isEqualTo(before + 2);
    }

    @Test
    void countsAreExactWhileManyScanAndTheyAreStoredAtTheSameTime() throws Exception {
        LocalDate day = LocalDate.of(2030, 6, 1);
        long target = 900_001;
        scans.flush();
        long before = stored(ScanKind.DEPUTY, target, day);
        int threads = 8;
        int each = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean scanning = new AtomicBoolean(true);
        try {
            List<Future<?>> scanners = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                scanners.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        scans.record(ScanKind.DEPUTY, target, day);
                    }
                    return null;
                }));
            }
            Future<?> flusher = pool.submit(() -> {
                start.await();
                while (scanning.get()) {
                    scans.flush();
                }
                return null;
            });
            start.countDown();
            for (Future<?> f : scanners) {
                f.get();
            }
            scanning.set(false);
            flusher.get();
        } finally {
            pool.shutdown();
        }
        scans.flush();
        assertThat(stored(ScanKind.DEPUTY, target, day)).isEqualTo(before + (long) threads * each);
    }

    @Test
    void anInstanceThatStopsCleanlyStoresWhatItCounted() {
        LocalDate day = LocalDate.of(2030, 6, 2);
        long target = 900_002;
        long before = stored(ScanKind.STATION, target, day);
        ConfigurableApplicationContext other = new SpringApplicationBuilder(MashangApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off", "mashang.signs.scan-flush-interval=1h")
                .run();
        try {
            SignScans theirs = other.getBean(SignScans.class);
            for (int i = 0; i < 7; i++) {
                theirs.record(ScanKind.STATION, target, day);
            }
            assertThat(stored(ScanKind.STATION, target, day)).isEqualTo(before);
        } finally {
            other.close();
        }
        assertThat(stored(ScanKind.STATION, target, day)).isEqualTo(before + 7);
    }
}
