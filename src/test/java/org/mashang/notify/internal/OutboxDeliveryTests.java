package org.mashang.notify.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.notify.FakeGateways;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.Staff;
import org.mashang.TestClock;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.DeliveryException;
import org.mashang.notify.NotificationChannel;
import org.mashang.notify.OutboundMessage;
import org.mashang.notify.RecipientKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The delivery guarantee: a worker that dies mid-way leaves its rows to be taken over after the lease and delivered
 * once; two workers running at once never send the same row; failures are retried with backoff, then FAILED, shown to
 * the administrator (a district's, of a street of the test's own) and resendable.
 */
@ExtendWith(FakeGateways.class)
@IntegrationTest
class OutboxDeliveryTests {

    static final WireMockServer gateway = FakeGateways.SMS;

    @Autowired
    Outbox outbox;

    @Autowired
    DevChannel dev;

    @Autowired
    DeliveryWorker realWorker;

    @Autowired
    ChannelFallback fallback;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    final TestClock clock = new TestClock();
    final NotifyProperties.Delivery settings = new NotifyProperties.Delivery(false, Duration.ofSeconds(10), 10, 3,
            Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2), Duration.ofDays(3));

    @BeforeEach
    void cleanSlate() {
        gateway.resetAll();
        clock.reset();
        // whatever other tests left due goes out through the real channels first
        realWorker.deliverDue();
    }

    DeliveryWorker worker(String name, NotificationChannel... channels) {
        return new DeliveryWorker(outbox, fallback, List.of(channels), settings, clock, name);
    }

    SmsGatewayChannel sms() {
        return SmsGatewayChannelTests.channel(SmsGatewayChannelTests.settings(URI.create(gateway.baseUrl() + "/sms"),
                Duration.ofSeconds(2)), clock);
    }

    List<Long> enqueue(int n, ChannelKind channel, String address) {
        String run = UUID.randomUUID().toString();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(outbox.enqueue(new Outbox.Entry("test:" + run + ":" + i, "deputy-new-case", "zh-CN", RecipientKind.DEPUTY,
                    "测试代表", channel, address, "新留言待您答复", "测试通知 " + i, Map.of("ticket", "T-" + i), null, "T-" + i, false),
                    Outbox.Status.PENDING, null, clock.instant()).orElseThrow());
        }
        return ids;
    }

    Outbox.Row row(long id) {
        return outbox.find(id).orElseThrow();
    }

    int devMessages(long id) {
        return jdbc.sql("select count(*) from notification_dev_message where outbox_id = ?").param(1, id).query(Integer.class).single();
    }

    /** Counts what it was given, by outbox id; sends nothing. */
    static final class Counting implements NotificationChannel {
        final Map<Long, AtomicInteger> sent = new ConcurrentHashMap<>();
        final Set<Long> mine;
        final AtomicInteger handledMine = new AtomicInteger();

        Counting(Set<Long> mine) {
            this.mine = mine;
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.DEV;
        }

        @Override
        public String send(OutboundMessage m) {
            sent.computeIfAbsent(m.id(), k -> new AtomicInteger()).incrementAndGet();
            if (mine.contains(m.id())) {
                handledMine.incrementAndGet();
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        }
    }

    @Test
    void rowsOfAWorkerThatDiedAreTakenOverAfterTheLeaseAndDeliveredOnce() {
        List<Long> ids = enqueue(3, ChannelKind.DEV, "13800000001");
        List<Outbox.Row> claimedByTheDeadWorker = outbox.claim(100, clock.instant(), settings.lease(), "dead", null).stream()
                .filter(r -> ids.contains(r.id())).toList();
        assertThat(claimedByTheDeadWorker).hasSize(3);
        // ... and the instance running it dies here: no result is ever recorded

        DeliveryWorker survivor = worker("survivor", dev);
        survivor.deliverDue();
        assertThat(ids).allSatisfy(id -> {
            assertThat(row(id).status()).as("still leased to the dead worker").isEqualTo(Outbox.Status.SENDING);
            assertThat(devMessages(id)).isZero();
        });

        clock.advance(Duration.ofMinutes(3));
        survivor.deliverDue();
        assertThat(ids).allSatisfy(id -> {
            assertThat(row(id).status()).isEqualTo(Outbox.Status.SENT);
            assertThat(row(id).attempts()).isEqualTo(2);
            assertThat(row(id).claimedBy()).isEqualTo("survivor");
            assertThat(devMessages(id)).isEqualTo(1);
        });
        // had the "dead" worker only been slow, its late result is refused: the row is no longer its own
        assertThat(outbox.markSent(claimedByTheDeadWorker.get(0), clock.instant(), "late")).isFalse();
        assertThat(outbox.markFailed(claimedByTheDeadWorker.get(1), clock.instant(), "late")).isFalse();
        assertThat(row(ids.get(1)).status()).isEqualTo(Outbox.Status.SENT);
    }

    @Test
    void aClaimTakesExpiredLeasesFirstThenTheOldestDueRowsUpToItsLimit() {
        // long before anything other tests leave due: only this test's rows are due at these instants
        clock.set(java.time.Instant.parse("2001-03-01T00:00:00Z"));
        List<Long> first = enqueue(3, ChannelKind.DEV, "13800000009");
        clock.advance(Duration.ofSeconds(1));
        List<Long> later = enqueue(2, ChannelKind.DEV, "13800000009");
        assertThat(outbox.claim(2, clock.instant(), settings.lease(), "dead", null)).extracting(Outbox.Row::id)
                .containsExactly(first.get(0), first.get(1));

        clock.advance(Duration.ofMinutes(3));
        List<Outbox.Row> taken = outbox.claim(3, clock.instant(), settings.lease(), "w", null);
        assertThat(taken).extracting(Outbox.Row::id).containsExactly(first.get(0), first.get(1), first.get(2));
        assertThat(taken).extracting(Outbox.Row::attempts).containsExactly(2, 2, 1);
        List<Outbox.Row> rest = outbox.claim(10, clock.instant(), settings.lease(), "w", null);
        assertThat(rest).extracting(Outbox.Row::id).containsExactlyElementsOf(later);
        assertThat(outbox.claim(10, clock.instant(), settings.lease(), "w", null)).isEmpty();
        // a one-time code's row alone, only while it is due and free
        long code = enqueue(1, ChannelKind.DEV, "13800000009").get(0);
        assertThat(outbox.claim(5, clock.instant(), settings.lease(), "w", code)).extracting(Outbox.Row::id).containsExactly(code);
        assertThat(outbox.claim(5, clock.instant(), settings.lease(), "w", code)).isEmpty();
        java.util.stream.Stream.concat(taken.stream(), rest.stream())
                .forEach(r -> assertThat(outbox.markSent(r, clock.instant(), null)).isTrue());
        outbox.markSent(row(code), clock.instant(), null);
    }

    @Test
    void aWorkerKilledInTheMiddleOfABatchLeavesTheRestToBeDeliveredOnceAfterRecovery() {
        List<Long> ids = enqueue(3, ChannelKind.DEV, "13800000002");
        Counting counting = new Counting(Set.copyOf(ids));
        NotificationChannel dying = new NotificationChannel() {
            @Override
            public ChannelKind kind() {
                return ChannelKind.DEV;
            }

            @Override
            public String send(OutboundMessage m) {
                if (m.id() == ids.get(1)) {
                    throw new OutOfMemoryError("simulated crash of the instance");
                }
                return counting.send(m);
            }
        };
        assertThatThrownBy(() -> worker("dying", dying).deliverDue()).isInstanceOf(OutOfMemoryError.class);
        assertThat(row(ids.get(0)).status()).isEqualTo(Outbox.Status.SENT);
        assertThat(row(ids.get(1)).status()).isEqualTo(Outbox.Status.SENDING);
        assertThat(row(ids.get(2)).status()).isEqualTo(Outbox.Status.SENDING);

        DeliveryWorker recovered = worker("recovered", counting);
        recovered.deliverDue();
        assertThat(row(ids.get(1)).status()).as("the lease has not run out yet").isEqualTo(Outbox.Status.SENDING);
        clock.advance(settings.lease().plusSeconds(1));
        recovered.deliverDue();
        recovered.deliverDue();
        assertThat(ids).allSatisfy(id -> {
            assertThat(row(id).status()).isEqualTo(Outbox.Status.SENT);
            assertThat(counting.sent.get(id)).as("sent once: %s", id).hasValue(1);
        });
    }

    @Test
    void aCrashBetweenTheGatewayCallAndTheRecordIsTheOneWindowForASecondCallWhichCarriesTheSameKey() {
        gateway.stubFor(post("/sms").willReturn(okJson("{\"messageId\":\"gw-1\"}")));
        long devRow = enqueue(1, ChannelKind.DEV, "13800000003").get(0);
        long smsRow = enqueue(1, ChannelKind.SMS, "13800000003").get(0);
        SmsGatewayChannel sms = sms();
        NotificationChannel devThenCrash = crashAfter(dev);
        NotificationChannel smsThenCrash = crashAfter(sms);
        assertThatThrownBy(() -> worker("crashing", devThenCrash, smsThenCrash).deliverNow(devRow)).isInstanceOf(Error.class);
        assertThatThrownBy(() -> worker("crashing", devThenCrash, smsThenCrash).deliverNow(smsRow)).isInstanceOf(Error.class);

        clock.advance(settings.lease().plusSeconds(1));
        DeliveryWorker recovered = worker("recovered", dev, sms);
        assertThat(recovered.deliverNow(devRow)).isTrue();
        assertThat(recovered.deliverNow(smsRow)).isTrue();
        assertThat(row(devRow).status()).isEqualTo(Outbox.Status.SENT);
        assertThat(row(smsRow).status()).isEqualTo(Outbox.Status.SENT);
        // the dev inbox drops the repeat by the outbox id
        assertThat(devMessages(devRow)).isEqualTo(1);
        // the gateway got the message twice, both times with the same idempotency key, so it can drop the second
        gateway.verify(2, postRequestedFor(urlEqualTo("/sms")).withHeader("Idempotency-Key", equalTo("mashang-" + smsRow)));
    }

    static NotificationChannel crashAfter(NotificationChannel channel) {
        return new NotificationChannel() {
            @Override
            public ChannelKind kind() {
                return channel.kind();
            }

            @Override
            public String send(OutboundMessage m) throws DeliveryException {
                channel.send(m);
                throw new Error("the instance dies before it can record that the message went out");
            }
        };
    }

    @Test
    void twoWorkersRunningAtOnceSendEachNotificationExactlyOnce() throws Exception {
        List<Long> ids = enqueue(120, ChannelKind.DEV, "13800000004");
        Set<Long> mine = Set.copyOf(ids);
        Counting first = new Counting(mine);
        Counting second = new Counting(mine);
        CountDownLatch go = new CountDownLatch(1);
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (DeliveryWorker w : List.of(worker("instance-1", first), worker("instance-2", second))) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    w.deliverDue();
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertThat(errors).isEmpty();
        for (long id : ids) {
            int times = first.sent.getOrDefault(id, new AtomicInteger()).get() + second.sent.getOrDefault(id, new AtomicInteger()).get();
            assertThat(times).as("notification %d sent", id).isEqualTo(1);
            assertThat(row(id).status()).isEqualTo(Outbox.Status.SENT);
        }
        assertThat(first.handledMine.get() + second.handledMine.get()).isEqualTo(120);
        assertThat(first.handledMine.get()).as("both workers took part").isPositive();
        assertThat(second.handledMine.get()).as("both workers took part").isPositive();
    }

    @Test
    void gatewayErrorsAreRetriedWithBackoffThenFailedVisiblyAndCanBeResent() throws Exception {
        String admin = data.street().create().districtAdmin();
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(503).withBody("gateway busy")));
        long id = enqueue(1, ChannelKind.SMS, "13800000005").get(0);
        DeliveryWorker w = worker("retrying", sms());

        w.deliverNow(id);
        Outbox.Row first = row(id);
        assertThat(first.status()).isEqualTo(Outbox.Status.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).contains("短信网关返回 503").contains("gateway busy");
        assertThat(first.nextAttemptAt()).isBetween(clock.instant().plusSeconds(15), clock.instant().plusSeconds(30));
        assertThat(w.deliverNow(id)).as("not due before its backoff").isFalse();

        clock.advance(Duration.ofSeconds(31));
        w.deliverNow(id);
        Outbox.Row second = row(id);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isBetween(clock.instant().plusSeconds(30), clock.instant().plusSeconds(60));

        clock.advance(Duration.ofSeconds(61));
        w.deliverNow(id);
        Outbox.Row failed = row(id);
        assertThat(failed.status()).isEqualTo(Outbox.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        gateway.verify(3, postRequestedFor(urlEqualTo("/sms")));

        mvc.perform(get("/admin/notifications").with(Staff.as(users, admin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("短信网关返回 503")))
                .andExpect(content().string(Matchers.containsString("/admin/notifications/" + id + "/resend")));

        gateway.stubFor(post("/sms").willReturn(okJson("{\"messageId\":\"gw-2\"}")));
        mvc.perform(MockMvcRequestBuilders.post("/admin/notifications/" + id + "/resend").with(csrf())
                .with(Staff.as(users, admin))).andExpect(status().is3xxRedirection());
        assertThat(row(id).status()).isEqualTo(Outbox.Status.PENDING);
        assertThat(row(id).attempts()).isZero();
        clock.advance(Duration.ofSeconds(1));
        w.deliverNow(id);
        assertThat(row(id).status()).isEqualTo(Outbox.Status.SENT);
        assertThat(row(id).providerId()).isEqualTo("gw-2");
        // only a failed notification can be resent
        mvc.perform(MockMvcRequestBuilders.post("/admin/notifications/" + id + "/resend").with(csrf())
                .with(Staff.as(users, admin))).andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("只有发送失败的通知可以重发")));
    }

    @Test
    void timeoutsAreRetriedAndAPermanentRefusalFailsAtOnce() {
        gateway.stubFor(post("/sms").willReturn(okJson("{}").withFixedDelay(5000)));
        long slow = enqueue(1, ChannelKind.SMS, "13800000006").get(0);
        worker("w", sms()).deliverNow(slow);
        assertThat(row(slow).status()).isEqualTo(Outbox.Status.PENDING);
        assertThat(row(slow).lastError()).contains("超时");

        gateway.resetAll();
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(400).withBody("invalid phone")));
        long refused = enqueue(1, ChannelKind.SMS, "13800000007").get(0);
        worker("w", sms()).deliverNow(refused);
        assertThat(row(refused).status()).isEqualTo(Outbox.Status.FAILED);
        assertThat(row(refused).attempts()).isEqualTo(1);
        assertThat(row(refused).lastError()).contains("短信网关返回 400");
    }

    @Test
    void backoffDoublesWithJitterUpToTheMaximum() {
        Duration initial = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);
        for (int attempt = 1; attempt <= 40; attempt++) {
            Duration full = attempt > 20 ? max : initial.multipliedBy(1L << (attempt - 1));
            if (full.compareTo(max) > 0) {
                full = max;
            }
            Duration wait = DeliveryWorker.backoff(attempt, initial, max);
            assertThat(wait).isBetween(full.dividedBy(2), full);
        }
    }

    @Test
    void aOneTimeCodeIsRemovedFromTheOutboxOnceDelivered() {
        long id = outbox.enqueue(new Outbox.Entry("test:" + UUID.randomUUID(), "verify-code", "zh-CN", RecipientKind.RESIDENT, null,
                ChannelKind.DEV, "13800000008", "验证码", "您的验证码是 123456", Map.of("code", "123456"), null, null, true),
                Outbox.Status.PENDING, null, clock.instant()).orElseThrow();
        worker("w", dev).deliverNow(id);
        assertThat(row(id).status()).isEqualTo(Outbox.Status.SENT);
        assertThat(row(id).body()).doesNotContain("123456").isEqualTo(Outbox.TEXT_REMOVED);
        assertThat(row(id).params()).isEmpty();
    }
}
