package org.mashang.cases.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.cases.internal.DeadlineScanner;
import org.mashang.platform.Zones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The deadline scan over 1,000,000 open stages. Run with {@code bench/deadline-scan} (skipped in the normal build).
 * Prints the figures; the target is one scan within 2 s on a 2-core machine.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.jdbc.template.query-timeout=10m") // loading a million rows takes longer than a page may
@Tag("bench") // run by its bench/ script, never in the build
class DeadlineScanBenchmark {

    static final int OPEN = 1_000_000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeadlineScanner scanner;

    @Test
    void scanOverAMillionOpenStages() {
        Assumptions.assumeTrue(Boolean.getBoolean("mashang.bench"), "run with bench/deadline-scan");
        Instant now = LocalDateTime.of(2026, 6, 1, 9, 0).atZone(Zones.CHINA).toInstant();
        long t0 = System.nanoTime();
        // one case per stage, spread over the demo street; deadlines spread over the next 30 days
        jdbc.sql("""
                insert into cases (ticket, query_code_hash, channel, deputy_id, station_id, street_id, category_id, message_text,
                                   wants_public, state, submitted_at, updated_at, scope_key)
                select 'B' || n, 'x', 'DEPUTY_CODE', 1 + n % 15, 1, 4, 1 + n % 10, '压测留言 ' || n, true, 'ACCEPTED',
                       cast(:now as timestamptz) - interval '3 days', cast(:now as timestamptz) - interval '3 days', '/1/2/3/4/'
                from generate_series(1, :n) n""").param("now", java.sql.Timestamp.from(now)).param("n", OPEN).update();
        jdbc.sql("""
                insert into case_stage (case_id, stage, started_at, due_at, warn_at)
                select c.id, 'FIRST_REPLY', c.submitted_at,
                       cast(:now as timestamptz) + (c.id % 43200) * interval '1 minute' + interval '1 hour',
                       cast(:now as timestamptz) + (c.id % 43200) * interval '1 minute' + interval '1 hour' - interval '1 day'
                from cases c where c.ticket like 'B%'""").param("now", java.sql.Timestamp.from(now)).update();
        jdbc.sql("analyze cases").update();
        jdbc.sql("analyze case_stage").update();
        long loaded = System.nanoTime();
        long open = jdbc.sql("select count(*) from case_stage where completed_at is null").query(Long.class).single();
        System.out.printf("%nDEADLINE SCAN BENCHMARK%n  open stages: %,d (loaded in %.1f s)%n", open, (loaded - t0) / 1e9);
        assertThat(open).isGreaterThanOrEqualTo(OPEN);

        // the stages already warned as "due soon" when the clock starts: the first scan settles them, untimed
        scanner.scan(now);

        // steady state: a scan a minute; time one scan a minute later and one an hour later
        timed("scan, 1 minute later (a minute of deadlines)", now.plus(Duration.ofMinutes(1)));
        timed("scan, 1 hour later", now.plus(Duration.ofHours(1)));
        timed("scan, 1 day later (catch-up: a day of warnings and escalations)", now.plus(Duration.ofDays(1)));
        timed("scan, then 1 minute later again", now.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(1)));
        System.out.println("  target: a scan within 2 s");
    }

    private void timed(String what, Instant at) {
        long start = System.nanoTime();
        DeadlineScanner.Result r = scanner.scan(at);
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("  %-62s %8.0f ms  (%,d due soon, %,d escalated)%n", what, ms, r.warned(), r.escalated());
    }
}
