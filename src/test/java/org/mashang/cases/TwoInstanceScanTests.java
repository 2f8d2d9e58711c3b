package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.MashangApplication;
import org.mashang.PerClassData;
import org.mashang.TestData;
import org.mashang.TestClock;
import org.mashang.cases.internal.DeadlineScanner;
import org.mashang.cases.internal.Receipt;
import org.mashang.platform.Zones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two application instances against the same database scan at the same moment: every overdue stage is
 * escalated exactly once (one escalation event on its timeline, one DeadlineReached across both instances).
 */
@IntegrationTest
class TwoInstanceScanTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    DeadlineScanner scanner;

    @Autowired
    ConfigurableApplicationContext context;

    /** Nine deputies, whom the cases are spread over. */
    @RegisterExtension
    static final PerClassData data = new PerClassData(s -> s.deputies(9));

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoInstancesEscalateEachOverdueStageExactlyOnce() throws Exception {
        LoopDriver loop = new LoopDriver(mvc, jdbc, users);
        TestData.Street street = data.street();
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        int count = 40;
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Receipt r = loop.submit("/d/" + street.deputies().get(i % 9).code(), street.category(), "两个实例并发督办测试 " + i,
                    null, null, true, street.block());
            loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "deputyId", "");
            ids.add(r.caseId());
        }
        // every one of them is past its first-reply deadline a month later
        Instant later = LocalDateTime.of(2026, 4, 2, 9, 0).atZone(Zones.CHINA).toInstant();

        Map<Long, AtomicInteger> published = new ConcurrentHashMap<>();
        ApplicationListener<PayloadApplicationEvent<DeadlineReached>> counter = e -> {
            if (e.getPayload().kind() == DeadlineReached.Kind.OVERDUE) {
                published.computeIfAbsent(e.getPayload().caseId(), k -> new AtomicInteger()).incrementAndGet();
            }
        };
        context.addApplicationListener(counter);
        ConfigurableApplicationContext second = new SpringApplicationBuilder(MashangApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off", "mashang.deadlines.scan-enabled=false")
                .listeners(counter)
                .run();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            DeadlineScanner other = second.getBean(DeadlineScanner.class);
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<DeadlineScanner.Result> a = () -> {
                start.await();
                return scanner.scan(later);
            };
            Callable<DeadlineScanner.Result> b = () -> {
                start.await();
                return other.scan(later);
            };
            Future<DeadlineScanner.Result> fa = pool.submit(a);
            Future<DeadlineScanner.Result> fb = pool.submit(b);
            int escalated = fa.get().escalated() + fb.get().escalated();
            assertThat(escalated).isGreaterThanOrEqualTo(count);
            // and a second round on both finds nothing left
            assertThat(scanner.scan(later).escalated() + other.scan(later).escalated()).isZero();
        } finally {
            pool.shutdown();
            second.close();
            context.removeApplicationListener(counter);
        }
        for (long id : ids) {
            assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and type = 'ESCALATED'").param(1, id)
                    .query(Long.class).single()).as("escalations on case %d", id).isEqualTo(1);
            assertThat(published.get(id)).as("events for case %d", id).hasValue(1);
        }
        assertThat(jdbc.sql("select count(*) from case_stage where case_id in (:ids) and escalated_at is not null")
                .param("ids", ids).query(Long.class).single()).isEqualTo(count);
    }
}
