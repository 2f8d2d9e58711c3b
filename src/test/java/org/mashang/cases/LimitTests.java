package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.EdgeTest;
import org.mashang.PerClassData;
import org.mashang.RawHttp;
import org.mashang.TestClock;
import org.mashang.cases.internal.CaseTracking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The limits on what an anonymous client can repeat, on a real server behind a pretend proxy: each test is a client
 * address of its own (X-Forwarded-For). Limits in {@link EdgeTest}: 4 messages an hour per address, 2 per phone,
 * 5 wrong codes per ticket, 8 per address, 3 sign-ins in a row per account, 6 per address.
 */
@EdgeTest
class LimitTests {

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    static String stationPage() {
        return "/s/" + data.street().stationCode();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseTracking tracking;

    @Autowired
    TestClock clock;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A client at an address of its own. */
    RawHttp client() {
        RawHttp http = new RawHttp("http://localhost:" + port);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        http.headers.put("X-Forwarded-For", "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254)));
        return http;
    }

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    RawHttp.Response message(RawHttp http, String text, String phone) throws IOException {
        RawHttp.Response page = http.get(stationPage());
        long category = jdbc.sql("select min(id) from category").query(Long.class).single();
        return http.post(stationPage(), "_csrf=" + RawHttp.enc(RawHttp.csrf(page)) + "&text=" + RawHttp.enc(text) + "&categoryId="
                + category + "&publicChoice=false&submissionKey=" + UUID.randomUUID() + (phone == null ? "" : "&phone=" + phone));
    }

    /** Leaves a message and returns its ticket and code, read off the receipt page. */
    String[] receipt(RawHttp http, String phone) throws IOException {
        RawHttp.Response posted = message(http, "限流测试留言", phone);
        assertThat(posted.status()).isEqualTo(302);
        RawHttp.Response receipt = http.get(posted.header("Location").replaceFirst("^https?://[^/]+", ""));
        return new String[]{RawHttp.find(receipt.body(), "id=\"ticket\">([^<]+)<"),
                RawHttp.find(receipt.body(), "id=\"query-code\">([^<]+)<").replace(" ", "")};
    }

    /** The ticket and code typed in at /track (posted, never in a URL): 302 to the case when they match. */
    RawHttp.Response typeIn(RawHttp http, String ticket, String code) throws IOException {
        RawHttp.Response page = http.get("/track");
        return http.post("/track", "_csrf=" + RawHttp.enc(RawHttp.csrf(page)) + "&ticket=" + ticket + "&code=" + code);
    }

    int track(RawHttp http, String ticket, String code) throws IOException {
        return typeIn(http, ticket, code).status();
    }

    @Test
    void messagesFromOneAddressAreLimitedWith429AndTheFormAgain() throws IOException {
        RawHttp http = client();
        for (int i = 0; i < 4; i++) {
            assertThat(message(http, "第 " + i + " 条", null).status()).isEqualTo(302);
        }
        long before = jdbc.sql("select count(*) from cases").query(Long.class).single();
        RawHttp.Response refused = message(http, "第五条留言的内容", null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.body()).contains("这个网络 1 小时内提交的留言已经很多了").contains("第五条留言的内容").contains("id=\"message-form\"");
        assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(before);
        assertThat(message(client(), "另一个地址", null).status()).isEqualTo(302);
    }

    /** Hits counted at the same moment are added to the counter together: each still gets its own number. */
    @Test
    void messagesSentAtOnceFromOneAddressPassTheLimitNoMoreOften() throws Exception {
        String address = client().headers.get("X-Forwarded-For");
        long before = jdbc.sql("select count(*) from cases").query(Long.class).single();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            var sent = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 12; i++) {
                int n = i;
                sent.add(pool.submit(() -> {
                    RawHttp http = new RawHttp("http://localhost:" + port);
                    http.headers.put("X-Forwarded-For", address);
                    start.await();
                    return message(http, "同时提交的第 " + n + " 条", null).status();
                }));
            }
            start.countDown();
            var statuses = new java.util.ArrayList<Integer>();
            for (var f : sent) {
                statuses.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(302, 429);
            assertThat(statuses.stream().filter(s -> s == 302).count()).isEqualTo(4);
            assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(before + 4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void messagesWithOnePhoneAreLimitedWhateverTheAddress() throws IOException {
        String phone = phone();
        assertThat(message(client(), "一", phone).status()).isEqualTo(302);
        assertThat(message(client(), "二", phone).status()).isEqualTo(302);
        RawHttp.Response refused = message(client(), "三", phone);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("这个手机号 1 小时内留言太多");
    }

    @Test
    void fiveWrongCodesLockTheTicketUntilTheResidentProvesThePhone() throws IOException {
        String phone = phone();
        String[] mine = receipt(client(), phone);
        RawHttp guesser = client();
        for (int i = 0; i < 5; i++) {
            assertThat(track(guesser, mine[0], String.format("%08d", i))).isEqualTo(404);
        }
        // locked: even the right code, even from the resident's own address, until the phone is proved
        RawHttp.Response locked = typeIn(client(), mine[0], mine[1]);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotNull();
        assertThat(locked.body()).contains("手机号验证");
        clock.advance(Duration.ofHours(2));
        assertThat(track(client(), mine[0], mine[1])).isEqualTo(429);
        assertThat(tracking.trackOwned(mine[0], phone)).isPresent(); // what /my/cases/{ticket} does after /verify
        assertThat(track(client(), mine[0], mine[1])).isEqualTo(302);
    }

    @Test
    void aTicketWithoutAPhoneOpensAgainWhenTheHourIsOver() throws IOException {
        String[] mine = receipt(client(), null);
        RawHttp guesser = client();
        for (int i = 0; i < 5; i++) {
            assertThat(track(guesser, mine[0], "1111000" + i)).isEqualTo(404);
        }
        // a case without a phone cannot be proved: its code works again when the hour is over
        RawHttp.Response refused = typeIn(client(), mine[0], mine[1]);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        clock.advance(Duration.ofHours(1));
        assertThat(track(client(), mine[0], mine[1])).isEqualTo(302);
    }

    @Test
    void wrongCodesFromOneAddressAreLimitedAcrossTickets() throws IOException {
        String[] mine = receipt(client(), null);
        RawHttp guesser = client();
        for (int i = 1; i <= 8; i++) {
            assertThat(track(guesser, "990101-" + String.format("%05d", i), "12345678")).isEqualTo(404);
        }
        RawHttp.Response refused = typeIn(guesser, mine[0], mine[1]);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("这个网络 1 小时内输错查询码的次数太多");
        assertThat(track(client(), mine[0], mine[1])).isEqualTo(302);
    }

    @Test
    void signingInWaitsLongerAfterEachFailure() throws IOException {
        String username = "limit" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into staff_user (username, password_hash, display_name, roles) values (:u, :h, '限流测试', '{REVIEWER}')")
                .param("u", username).param("h", encoder.encode("right-password")).update();
        for (int i = 0; i < 3; i++) {
            assertThat(login(client(), username, "wrong" + i).header("Location")).endsWith("/login?error");
        }
        RawHttp.Response refused = login(client(), username, "right-password");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(25L, 30L);
        assertThat(refused.body()).contains("这个账号登录失败的次数太多").contains("id=\"password\"");
        clock.advance(Duration.ofSeconds(31));
        assertThat(login(client(), username, "wrong again").header("Location")).endsWith("/login?error");
        // the wait doubles: 30 s is no longer enough
        clock.advance(Duration.ofSeconds(31));
        assertThat(login(client(), username, "right-password").status()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(30));
        assertThat(login(client(), username, "right-password").header("Location")).endsWith("/staff");
        // success starts the count again
        assertThat(login(client(), username, "wrong").header("Location")).endsWith("/login?error");
        assertThat(login(client(), username, "right-password").header("Location")).endsWith("/staff");
    }

    @Test
    void signingInFromOneAddressIsLimitedAcrossAccounts() throws IOException {
        RawHttp attacker = client();
        for (int i = 0; i < 6; i++) {
            assertThat(login(attacker, "nobody" + i, "x").header("Location")).endsWith("/login?error");
        }
        assertThat(login(attacker, "nobody-else", "x").status()).isEqualTo(429);
    }

    RawHttp.Response login(RawHttp http, String username, String password) throws IOException {
        RawHttp.Response page = http.get("/login");
        return http.post("/login", "_csrf=" + RawHttp.enc(RawHttp.csrf(page)) + "&username=" + username + "&password="
                + RawHttp.enc(password));
    }

    /** 我也反映 on a case: a POST with the CSRF token of the join page and a fresh submission key. */
    RawHttp.Response join(RawHttp http, String ticket, String phone) throws IOException {
        RawHttp.Response page = http.get("/cases/" + ticket + "/metoo");
        return http.post("/cases/" + ticket + "/metoo", "_csrf=" + RawHttp.enc(RawHttp.csrf(page)) + "&submissionKey="
                + UUID.randomUUID() + (phone == null ? "" : "&phone=" + phone) + "&comment=" + RawHttp.enc("我也遇到了"));
    }

    @Test
    void joiningACaseCountsAgainstTheLimitsOfMessagesPerAddressAndPerPhone() throws IOException {
        String ticket = receipt(client(), null)[0];
        jdbc.sql("update cases set state = ?, is_public = true, wants_public = true, public_text = message_text where ticket = ?")
                .param(1, CaseState.ACCEPTED.name()).param(2, ticket).update();
        RawHttp http = client();
        for (int i = 0; i < 4; i++) {
            assertThat(join(http, ticket, null).status()).isEqualTo(302);
        }
        RawHttp.Response refused = join(http, ticket, null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.body()).contains("这个网络 1 小时内提交的留言已经很多了").contains("id=\"metoo-form\"").contains("我也遇到了");

        String phone = phone();
        assertThat(join(client(), ticket, phone).status()).isEqualTo(302);
        assertThat(join(client(), ticket, phone).status()).isEqualTo(302);
        RawHttp.Response samePhone = join(client(), ticket, phone);
        assertThat(samePhone.status()).isEqualTo(429);
        assertThat(samePhone.header("Retry-After")).isNotNull();
        assertThat(jdbc.sql("select count(*) from case_supporter s join cases c on c.id = s.case_id where c.ticket = ?")
                .param(1, ticket).query(Long.class).single()).isEqualTo(6);
    }
}
