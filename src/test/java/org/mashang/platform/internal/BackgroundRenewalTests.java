package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.EdgeTest;
import org.mashang.PerClassData;
import org.mashang.signs.internal.ScanKind;
import org.mashang.signs.internal.SignScans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The request renewing a kept page goes to the address and port the visitor came in on, through the whole stack, and is
 * nobody's visit: a sign's page renewed is not counted as a scan.
 */
@EdgeTest
class BackgroundRenewalTests {

    @LocalServerPort
    int port;

    @Autowired
    BackgroundRenewals renewals;

    @Autowired
    SignScans scans;

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    @Autowired
    MeterRegistry meters;

    @Autowired
    Clock clock;

    long scansOf(long deputy) {
        scans.flush();
        return scans.counts(ScanKind.DEPUTY, List.of(deputy), LocalDate.now(clock)).getOrDefault(deputy, SignScans.Counts.NONE).total();
    }

    /** Requests answered for a deputy's page, as the request metrics count them. */
    long deputyPagesServed() {
        return meters.find("http.server.requests").tag("uri", "/d/{code}").timers().stream().mapToLong(Timer::count).sum();
    }

    void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aRenewalReachesTheApplicationAndIsNotCountedAsAScan() throws Exception {
        String page = data.street().deputyPage();
        long deputy = data.street().deputy().id();
        long scansBefore = scansOf(deputy);
        long servedBefore = deputyPagesServed();

        MockHttpServletRequest visitor = new MockHttpServletRequest("GET", page);
        visitor.setLocalAddr("127.0.0.1");
        visitor.setLocalPort(port);
        visitor.addHeader("Accept-Language", "zh-CN");
        CountDownLatch ended = new CountDownLatch(1);
        assertThat(renewals.start(page + "?|zh_CN", visitor, ended::countDown)).isTrue();
        assertThat(ended.await(10, TimeUnit.SECONDS)).as("the renewal ended").isTrue();
        until(() -> deputyPagesServed() > servedBefore);

        assertThat(deputyPagesServed()).as("the renewal was answered by this application").isEqualTo(servedBefore + 1);
        assertThat(scansOf(deputy)).as("not a scan").isEqualTo(scansBefore);

        // the same page asked for by a visitor is counted
        HttpResponse<Void> visit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + page)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(visit.statusCode()).isEqualTo(200);
        assertThat(scansOf(deputy)).isEqualTo(scansBefore + 1);
    }
}
