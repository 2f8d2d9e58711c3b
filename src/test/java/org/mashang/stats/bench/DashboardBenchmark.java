package org.mashang.stats.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.stats.internal.DashboardData;
import org.mashang.stats.internal.StatsFilter;
import org.mashang.stats.internal.StatsQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard over 1,000,000 cases: 20 streets, 300 deputies, three years. Run with {@code bench/dashboard}
 * (skipped in the normal build); prints the figures. Target: the dashboard within 300 ms.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.jdbc.template.query-timeout=10m") // loading a million rows takes longer than a page may
@Tag("bench") // run by its bench/ script, never in the build
class DashboardBenchmark {

    static final int CASES = 1_000_000;
    static final int STREETS = 20;
    static final double[] BOUNDS = {1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 480, 720, 1080, 1440};

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatsQueries stats;

    @Test
    void dashboardOverAMillionCases() {
        Assumptions.assumeTrue(Boolean.getBoolean("mashang.bench"), "run with bench/dashboard");
        long t0 = System.nanoTime();
        long district = jdbc.sql("select id from region where name = '雨湖区'").query(Long.class).single();
        String districtKey = jdbc.sql("select path from region where id = :id").param("id", district).query(String.class).single();
        // twenty streets' worth of cases under the district: scope keys below the district's, street ids 900000+
        jdbc.sql("""
                insert into stat_case (case_id, ticket, scope_key, street_id, station_id, deputy_id, category_id, block_id, channel,
                                       state, submitted_at, accepted_at, first_reply_at, closed_at, satisfaction, reopen_count,
                                       escalations, departments, open)
                select 100000000 + n, 'S' || n, :district || (900000 + n % :streets) || '/', 900000 + n % :streets,
                       800000 + n % :streets, 700000 + n % 300, 1 + n % 10, 600000 + n % 360,
                       (array['DEPUTY_CODE','DEPUTY_CODE','DEPUTY_CODE','STATION_CODE','RECEPTION','FORUM','VISIT','PHONE'])[1 + n % 8],
                       case when open then 'DISPATCHED' else 'EVALUATED' end,
                       t, t + interval '5 hours', t + (5 + (n % 97)) * interval '1 hour',
                       case when open then null else t + (24 + (n % 500)) * interval '1 hour' end,
                       case when open then null
                            else (array['SATISFIED','SATISFIED','SATISFIED','BASICALLY_SATISFIED','UNSATISFIED'])[1 + n % 5] end,
                       (n % 40 = 0)::int, (n % 25 = 0)::int, array[500000 + n % 12]::bigint[], open
                from (select n, (n % 7 = 0 or n % 11 = 0) open,
                             timestamptz '2024-01-01 08:00+08' + (n % 1095) * interval '1 day' + (n % 600) * interval '1 minute' t
                      from generate_series(1, :n) n) g""")
                .param("district", districtKey).param("streets", STREETS).param("n", CASES).update();
        rollUp(districtKey);
        regionRows();
        // as autovacuum leaves them in steady state: statistics and visibility maps up to date
        jdbc.sql("vacuum analyze stat_case").update();
        jdbc.sql("vacuum analyze stat_monthly").update();
        jdbc.sql("vacuum analyze stat_department_monthly").update();
        long loaded = System.nanoTime();
        long rows = jdbc.sql("select count(*) from stat_monthly").query(Long.class).single();
        System.out.printf("%nDASHBOARD BENCHMARK%n  cases: %,d over 3 years, %d streets, 300 deputies (loaded in %.1f s; %,d roll-up rows)%n",
                CASES, STREETS, (loaded - t0) / 1e9, rows);

        YearMonth from = YearMonth.of(2026, 1);
        YearMonth to = YearMonth.of(2026, 12);
        DashboardData whole = measure("district, one year", () -> stats.dashboard(districtKey,
                new StatsFilter(from, to, null, null, null, null)));
        assertThat(whole.totals().received()).isGreaterThan(300_000);
        measure("district, three years", () -> stats.dashboard(districtKey,
                new StatsFilter(YearMonth.of(2024, 1), to, null, null, null, null)));
        measure("one street, one year", () -> stats.dashboard(districtKey + "900003/",
                new StatsFilter(from, to, null, null, null, null)));
        measure("one station, one year", () -> stats.dashboard(districtKey,
                new StatsFilter(from, to, null, 800003L, null, null)));
        measure("one deputy, three years", () -> stats.dashboard(districtKey,
                new StatsFilter(YearMonth.of(2024, 1), to, null, null, 700042L, null)));
        measure("one department, one year", () -> stats.dashboard(districtKey,
                new StatsFilter(from, to, null, null, null, 500003L)));
        System.out.println("  target: the dashboard within 300 ms");
    }

    private DashboardData measure(String what, Supplier<DashboardData> query) {
        query.get(); // warm up
        List<Double> times = new ArrayList<>();
        DashboardData last = null;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            last = query.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("  %-30s median %6.0f ms, max %6.0f ms  (%,d cases in range)%n", what, sorted[2], sorted[4],
                last.totals().received());
        return last;
    }

    /** The monthly roll-ups of the generated cases, as the event listeners would have kept them. */
    /** The regions' rows (stat_region_monthly) from the street rows, as their migration fills them. */
    private void regionRows() {
        try {
            Resource migration = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__stat_region_monthly.sql")[0];
            String text = migration.getContentAsString(StandardCharsets.UTF_8);
            jdbc.sql("delete from stat_region_monthly").update();
            jdbc.sql(text.substring(text.indexOf("insert into stat_region_monthly"))).update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rollUp(String districtKey) {
        String closeBucket = "width_bucket(extract(epoch from closed_at - submitted_at) / 3600, " + bounds() + ")";
        String replyBucket = "width_bucket(extract(epoch from first_reply_at - accepted_at) / 3600, " + bounds() + ")";
        String[][] dims = {{"0", "0"}, {"1", "station_id"}, {"2", "deputy_id"}, {"3", "category_id"}, {"4", "block_id"},
                {"5", "array_position(array['DEPUTY_CODE','STATION_CODE','RECEPTION','FORUM','VISIT','CHAT_GROUP','PHONE','ACTIVITY'], "
                        + "channel::text) - 1"}};
        for (String[] dim : dims) {
            jdbc.sql("""
                    insert into stat_monthly (month, street_id, scope_key, dim, dim_id, received, accepted, closed, close_hours_sum,
                                              close_hist, first_replies, first_reply_on_time, first_reply_hours_sum, first_reply_hist,
                                              review_done, review_on_time, evaluated, satisfied, basically_satisfied, unsatisfied,
                                              reopened, escalations)
                    select date_trunc('month', submitted_at at time zone 'Asia/Shanghai')::date, street_id, min(scope_key), %s, %s,
                           count(*), count(accepted_at), count(closed_at),
                           coalesce(sum(extract(epoch from closed_at - submitted_at) / 3600), 0), %s,
                           count(first_reply_at), count(*) filter (where first_reply_at - accepted_at < interval '72 hours'),
                           coalesce(sum(extract(epoch from first_reply_at - accepted_at) / 3600), 0), %s,
                           count(accepted_at), count(accepted_at), count(satisfaction),
                           count(*) filter (where satisfaction = 'SATISFIED'),
                           count(*) filter (where satisfaction = 'BASICALLY_SATISFIED'),
                           count(*) filter (where satisfaction = 'UNSATISFIED'),
                           count(*) filter (where reopen_count > 0), sum(escalations)
                    from stat_case where case_id > 100000000 group by 1, 2, 5""".formatted(dim[0], dim[1],
                    hist(closeBucket, "closed_at is not null"), hist(replyBucket, "first_reply_at is not null"))).update();
        }
        jdbc.sql("""
                insert into stat_yearly (year, street_id, scope_key, dim, dim_id, slot, received, closed)
                select extract(year from month), street_id, min(scope_key), dim, dim_id, slot, sum(received), sum(closed)
                from stat_monthly where scope_key like :district || '%' group by 1, 2, 4, 5, 6
                on conflict (year, street_id, dim, dim_id, slot) do update set received = excluded.received, closed = excluded.closed""")
                .param("district", districtKey).update();
        jdbc.sql("""
                insert into stat_department_monthly (month, street_id, scope_key, department_id, dispatched, reported, returned, done,
                                                     done_on_time, handle_hours_sum, escalations)
                select date_trunc('month', submitted_at at time zone 'Asia/Shanghai')::date, street_id, min(scope_key), departments[1],
                       count(*), count(closed_at), count(*) filter (where case_id % 50 = 0), count(closed_at),
                       count(*) filter (where closed_at - submitted_at < interval '240 hours'),
                       coalesce(sum(extract(epoch from closed_at - submitted_at) / 3600), 0), sum(escalations)
                from stat_case where case_id > 100000000 group by 1, 2, 4""").update();
    }

    private static String bounds() {
        StringJoiner j = new StringJoiner(",", "array[", "]::float8[]");
        Arrays.stream(BOUNDS).forEach(b -> j.add(Double.toString(b)));
        return j.toString();
    }

    /** width_bucket gives 0 below the first bound; our bucket i holds hours up to BOUNDS[i]. */
    private static String hist(String bucket, String when) {
        StringJoiner j = new StringJoiner(",", "array[", "]");
        for (int i = 0; i <= BOUNDS.length; i++) {
            j.add("count(*) filter (where " + when + " and least(" + bucket + ", " + BOUNDS.length + ") = " + i + ")::int");
        }
        return j.toString();
    }
}
