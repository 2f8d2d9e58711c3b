package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.InMemorySecrets;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.TestClock;
import org.mashang.cases.CaseState;
import org.mashang.cases.LoopDriver;
import org.mashang.platform.ServerSecrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The timeline sealed with a key the database does not hold: someone who rewrites an event and computes the chain
 * again in SQL is seen by staff, residents and the public, and by the published day seals.
 */
@IntegrationTest
class TimelineSealTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Timeline timeline;

    @Autowired
    TimelineSealing sealing;

    @Autowired
    TimelineDaySeals daySeals;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    LoopDriver loop() {
        return new LoopDriver(mvc, jdbc, users);
    }

    /** A public case of the street, accepted and replied to by its deputy with a request to dispatch. */
    long replied(String text) throws Exception {
        return data.street().caseIn(CaseState.DISPATCH_REQUESTED, text).caseId();
    }

    /** What someone with the database but without the key can do: change a text, then recompute every hash after it. */
    void rewriteWithoutTheKey(long caseId, int seq, String body) {
        jdbc.sql("alter table case_event disable trigger case_event_append_only").update();
        try {
            jdbc.sql("update case_event set body = :b where case_id = :c and seq = :s").param("b", body).param("c", caseId)
                    .param("s", seq).update();
            String prev = Timeline.GENESIS;
            for (TimelineEvent e : timeline.events(caseId)) {
                String hash = Timeline.legacyHash(e, prev);
                jdbc.sql("update case_event set prev_hash = :p, hash = :h where id = :id").param("p", prev).param("h", hash)
                        .param("id", e.id()).update();
                prev = hash;
            }
        } finally {
            jdbc.sql("alter table case_event enable trigger case_event_append_only").update();
        }
    }

    @Test
    void aRewrittenEventWithItsChainRecomputedShowsOnEveryPage() throws Exception {
        LoopDriver loop = loop();
        long id = replied("莲城大道路灯不亮（存证测试）");
        String ticket = jdbc.sql("select ticket from cases where id = :id").param("id", id).query(String.class).single();
        String code = loop.giveKnownCode(id);
        mvc.perform(get("/cases/" + ticket)).andExpect(content().string(containsString("✓ 已校验")));
        loop.track(ticket, code).andExpect(content().string(containsString("✓ 已校验")));

        rewriteWithoutTheKey(id, 3, "代表已答复：早就修好了");
        assertThat(timeline.verify(id)).isPresent();
        loop.as(data.street().deputy().username(), get("/deputy/cases/" + id)).andExpect(content().string(containsString("时间线校验失败")));
        loop.as(data.street().reviewer(), get("/review/cases/" + id)).andExpect(content().string(containsString("时间线校验失败")));
        mvc.perform(get("/cases/" + ticket)).andExpect(content().string(containsString("校验未通过")))
                .andExpect(content().string(not(containsString("✓ 已校验"))));
        loop.track(ticket, code)
                .andExpect(content().string(containsString("校验未通过")));
    }

    @Test
    void aDaySealPublishedBeforeARewriteNoLongerMatchesIt() throws Exception {
        clock.set(LocalDate.of(2026, 6, 3).atTime(10, 0));
        long id = replied("存证日测试");
        long street = jdbc.sql("select street_id from cases where id = :id").param("id", id).query(Long.class).single();
        clock.set(LocalDate.of(2026, 6, 4).atTime(9, 0));
        assertThat(daySeals.sealThrough(LocalDate.of(2026, 6, 3))).isGreaterThanOrEqualTo(1);
        TimelineDaySeals.DaySeal sealed = daySeals.page(Optional.of(LocalDate.of(2026, 6, 3)), Optional.empty(), 3, 0, 10_000).seals().stream()
                .filter(s -> s.streetId() == street).findFirst().orElseThrow();
        assertThat(sealed.events()).isGreaterThanOrEqualTo(3);
        assertThat(daySeals.verify(sealed)).isTrue();
        mvc.perform(get("/cases/seals?day=2026-06-03")).andExpect(content().string(containsString(sealed.digest())));
        mvc.perform(get("/cases/seals?street=" + street)).andExpect(content().string(containsString(sealed.digest())));
        mvc.perform(get("/cases/seals?day=2026-06-31")).andExpect(status().isBadRequest());
        mvc.perform(get("/cases/seals?street=987654321")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有这个街道")));
        // sealing again changes nothing
        assertThat(daySeals.sealThrough(LocalDate.of(2026, 6, 3))).isZero();

        rewriteWithoutTheKey(id, 2, "审核通过（改过）");
        assertThat(daySeals.verify(sealed)).isFalse();
    }

    @Test
    void timelinesStoredBeforeTheKeysAreSealedOnceAndKeepVerifying() throws Exception {
        long id = replied("旧时间线测试");
        rewriteWithoutTheKey(id, 1, timeline.events(id).get(0).body()); // as stored before: plain SHA-256, key 0
        jdbc.sql("alter table case_event disable trigger case_event_append_only").update();
        try {
            jdbc.sql("update case_event set key_id = 0 where case_id = :c").param("c", id).update();
        } finally {
            jdbc.sql("alter table case_event enable trigger case_event_append_only").update();
        }
        assertThat(timeline.verify(id)).contains(1); // not sealed yet

        long broken = replied("旧时间线被改过");
        rewriteWithoutTheKey(broken, 1, "x");
        jdbc.sql("alter table case_event disable trigger case_event_append_only").update();
        try {
            jdbc.sql("update case_event set key_id = 0, body = '改过' where case_id = :c and seq = 2").param("c", broken).update();
        } finally {
            jdbc.sql("alter table case_event enable trigger case_event_append_only").update();
        }

        assertThat(sealing.sealAll()).isGreaterThanOrEqualTo(1);
        assertThat(timeline.verify(id)).isEmpty();
        assertThat(timeline.events(id)).allMatch(e -> e.keyId() >= 1);
        assertThat(timeline.verify(broken)).isPresent(); // a chain that did not verify as stored is not sealed
    }

    @Test
    void afterARotationNewEventsUseTheNewKeyAndOldOnesStillVerify() {
        InMemorySecrets secrets = new InMemorySecrets();
        Map<String, String> stored = secrets.stored;
        stored.put("timeline-key.1", ServerSecrets.newKey());
        TimelineSeal before = new TimelineSeal(secrets);
        String sealedBefore = before.seal(1, "事件");
        stored.put("timeline-key.2", ServerSecrets.newKey());
        TimelineSeal after = new TimelineSeal(secrets);
        assertThat(before.currentKey()).isEqualTo(1);
        assertThat(after.currentKey()).isEqualTo(2);
        assertThat(after.seal(1, "事件")).isEqualTo(sealedBefore);
        assertThat(after.seal(2, "事件")).isNotEqualTo(sealedBefore);
        assertThat(after.knows(3)).isFalse();
    }
}
