package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData;
import org.mashang.cases.internal.Receipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 我也反映 end to end: similar public cases before leaving a message (fragment and plain page), joining one with a
 * ticket and query code of one's own, the count on the wall, the followers' notices once per step, and a follower
 * evaluating through /track.
 */
@IntegrationTest
class MeTooTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    /** Each test's own street, retired after it. */
    TestData.Street street;

    @BeforeEach
    void street() {
        street = data.street().create();
    }

    LoopDriver loop() {
        return new LoopDriver(mvc, jdbc, users);
    }

    static String phone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    long category() {
        return street.category();
    }

    long block() {
        return street.block();
    }

    String ticket(long caseId) {
        return jdbc.sql("select ticket from cases where id = ?").param(1, caseId).query(String.class).single();
    }

    /** A public case in handling (accepted, replied, dispatch asked for) left with a phone and a name. */
    long publicCase(String text, String residentPhone) throws Exception {
        Receipt r = loop().submit(street.deputyPage(), category(), text, "王秀英", residentPhone, true, block());
        loop().post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", text);
        loop().post(deputy(), "/deputy/cases/" + r.caseId() + "/reply", "text", "收到，马上了解情况");
        return r.caseId();
    }

    String deputy() {
        return street.deputy().username();
    }

    MvcResult join(String ticket, String key, String... fields) throws Exception {
        var request = post("/cases/" + ticket + "/metoo").param("submissionKey", key).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    /** The resident's own ticket and code, read off the receipt the join leads to. */
    String[] receipt(MvcResult joined) throws Exception {
        assertThat(joined.getResponse().getStatus()).isEqualTo(302);
        String html = mvc.perform(get(joined.getResponse().getRedirectedUrl()).cookie(joined.getResponse().getCookie("mashang_pass")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new String[] {between(html, "id=\"ticket\">", "<"), between(html, "id=\"query-code\">", "<").replace(" ", "")};
    }

    static String between(String html, String start, String end) {
        int from = html.indexOf(start) + start.length();
        return html.substring(from, html.indexOf(end, from)).strip();
    }

    long supporters(long caseId) {
        return jdbc.sql("select count(*) from case_supporter where case_id = ?").param(1, caseId).query(Long.class).single();
    }

    /** A fresh page, not the one kept for anonymous visitors (a cookie makes it personal). */
    String page(String url) throws Exception {
        return mvc.perform(get(url).cookie(new Cookie("fresh", "1"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theFormsSimilarCasesComeAsAFragmentAndAsAPlainPageWithoutPersonalData() throws Exception {
        long id = publicCase("万楼社区第1区块垃圾桶满溢无人清运，气味很大", "13700000001");
        String t = ticket(id);

        String deputyPage = street.deputyPage();
        String plain = page(deputyPage + "/similar?categoryId=" + category() + "&blockId=" + block());
        assertThat(plain).contains(t).contains("/cases/" + t + "/metoo").contains("我也反映").contains("id=\"similar-form\"")
                .doesNotContain("王秀英").doesNotContain("13700000001");
        assertThat(page(deputyPage + "/similar")).as("nothing chosen yet: the form only").contains("id=\"similar-form\"").doesNotContain(t);
        assertThat(page("/s/" + street.stationCode() + "/similar?categoryId=" + category())).contains(t);

        String fragment = mvc.perform(post(deputyPage + "/similar").param("categoryId", Long.toString(category()))
                        .param("text", "垃圾桶满溢没人清运").header("HX-Request", "true").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains(t).contains("id=\"similar-list\"").doesNotContain("<html").doesNotContain("王秀英");
        mvc.perform(post(deputyPage + "/similar").param("categoryId", Long.toString(category()))).andExpect(status().isForbidden());
        mvc.perform(get(deputyPage + "/similar").param("blockId", "999999999").cookie(new Cookie("fresh", "1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get(deputyPage + "/similar").param("blockId", "abc").cookie(new Cookie("fresh", "1")))
                .andExpect(status().isBadRequest());

        String form = page(deputyPage);
        assertThat(form).as("the plain link under the form, and where htmx would post")
                .contains("id=\"similar-link\"").contains("hx-post=\"" + deputyPage + "/similar\"");
    }

    @Test
    void aResidentJoinsOnceWithTheirOwnCodeAndTheWallCountsThem() throws Exception {
        long id = publicCase("书院路路灯连续一周不亮，晚上走路不安全", "13700000002");
        String t = ticket(id);
        assertThat(page("/cases/" + t + "/metoo")).contains("id=\"metoo-form\"").contains("书院路路灯").doesNotContain("王秀英");

        String key = UUID.randomUUID().toString();
        mvc.perform(post("/cases/" + t + "/metoo").param("submissionKey", key)).andExpect(status().isForbidden());
        MvcResult bad = join(t, key, "phone", "12345");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("电话号码").contains("id=\"metoo-form\"");
        assertThat(join(t, key, "comment", "x".repeat(501)).getResponse().getStatus()).isEqualTo(400);
        assertThat(join(t, "not-a-key").getResponse().getStatus()).isEqualTo(400);
        assertThat(supporters(id)).isZero();

        String mine = phone();
        String[] first = receipt(join(t, key, "phone", mine, "name", "张大爷", "comment", "我家门口那盏也坏了"));
        String[] again = receipt(join(t, key, "phone", mine));
        assertThat(supporters(id)).as("the same form twice adds the resident once").isEqualTo(1);
        assertThat(again[0]).isEqualTo(first[0]).isNotEqualTo(t);
        assertThat(first[1]).hasSize(8);
        assertThat(jdbc.sql("select query_code_hash from case_supporter where ticket = ?").param(1, first[0]).query(String.class).single())
                .as("the code is stored hashed").doesNotContain(first[1]).doesNotContain(again[1]).hasSize(64);

        receipt(join(t, UUID.randomUUID().toString()));
        assertThat(page("/cases/" + t)).contains("3 位群众反映").doesNotContain(mine).doesNotContain("张大爷").doesNotContain("门口那盏");
        assertThat(page("/cases?category=" + category())).contains("3 位群众反映");

        String staff = loop().as(street.reviewer(), get("/review/cases/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(staff).contains("共 3 位群众反映").contains(first[0]).contains(mine).contains("张大爷").contains("我家门口那盏也坏了");
    }

    @Test
    void aCaseNotPublicOrNoLongerInHandlingCannotBeJoined() throws Exception {
        Receipt waiting = loop().submit(street.deputyPage(), category(), "还在审核的留言", null, null, true, block());
        MvcResult refused = join(waiting.ticket(), UUID.randomUUID().toString());
        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(refused.getResponse().getContentAsString()).contains("没有找到这条公开留言");
        mvc.perform(get("/cases/" + waiting.ticket() + "/metoo")).andExpect(status().isNotFound());

        long id = publicCase("小区门口井盖松动", null);
        loop().post(deputy(), "/deputy/cases/" + id + "/resolve", "text", "已联系物业更换井盖");
        MvcResult closed = join(ticket(id), UUID.randomUUID().toString());
        assertThat(closed.getResponse().getStatus()).isEqualTo(409);
        assertThat(closed.getResponse().getContentAsString()).contains("已经办结");
        assertThat(supporters(id)).isZero();
    }

    @Test
    void laterNoticesReachTheResidentTheMergedAndTheSupportersOncePerStepAndTheyEvaluateThroughTrack() throws Exception {
        String owner = phone();
        long id = publicCase("万楼社区第1区块消防通道被车辆堵塞", owner);
        String t = ticket(id);
        String supporter = phone();
        String[] joined = receipt(join(t, UUID.randomUUID().toString(), "phone", supporter));
        receipt(join(t, UUID.randomUUID().toString(), "phone", owner)); // the case's own resident joins too: still one notice
        receipt(join(t, UUID.randomUUID().toString())); // no contact: nobody to tell
        String merged = phone();
        Receipt duplicate = loop().submit(street.deputyPage(), category(), "消防通道又被堵了", null, merged, true, block());
        String mergedCode = duplicate.queryCode();
        loop().post(street.reviewer(), "/review/cases/" + duplicate.caseId() + "/merge", "target", t);
        assertThat(loop().state(duplicate.caseId())).isEqualTo("MERGED");
        assertThat(page("/cases/" + t)).contains("5 位群众反映");

        loop().post(deputy(), "/deputy/cases/" + id + "/resolve", "text", "已联系交警清理，设立禁停标志").andExpect(status().is3xxRedirection());
        List<String> told = jdbc.sql("select address from notification_outbox where case_id = ? and template_key = 'resident-closed'")
                .param(1, id).query(String.class).list();
        assertThat(told).as("each resident once: the case's, the supporter's, the merged one's").containsExactlyInAnyOrder(owner, supporter, merged);
        String supporterText = jdbc.sql("select body from notification_outbox where case_id = ? and template_key = 'resident-closed' and address = ?")
                .param(1, id).param(2, supporter).query(String.class).single();
        assertThat(supporterText).as("a follower's notice names their own ticket").contains(joined[0]);

        // the supporter follows the case with their own code and evaluates; the case's own evaluation stays open
        String followed = loop().track(joined[0], joined[1]).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(followed).contains(joined[0]).contains(t).contains("已联系交警清理").contains("id=\"evaluate\"")
                .doesNotContain(owner).doesNotContain("王秀英");
        loop().onCase(joined[0], joined[1], "evaluate", "satisfaction", "BASICALLY_SATISFIED", "comment", "好多了")
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select satisfaction from case_supporter where ticket = ?").param(1, joined[0]).query(String.class).single())
                .isEqualTo("BASICALLY_SATISFIED");
        assertThat(loop().state(id)).as("a follower's evaluation does not change the case").isEqualTo("RESOLVED");
        assertThat(loop().track(joined[0], joined[1]).andReturn().getResponse().getContentAsString()).contains("id=\"my-evaluation\"");
        loop().onCase(joined[0], "00000000", "evaluate", "satisfaction", "SATISFIED").andExpect(status().isNotFound());

        // the merged resident too, with the ticket and code of their own message
        loop().onCase(duplicate.ticket(), mergedCode, "evaluate", "satisfaction", "UNSATISFIED").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select satisfaction from case_supporter where from_case_id = ?").param(1, duplicate.caseId())
                .query(String.class).single()).isEqualTo("UNSATISFIED");
        assertThat(loop().state(id)).isEqualTo("RESOLVED");

        // the receipt image works for a follower's ticket
        mvc.perform(get("/track/" + joined[0] + "/receipt.png").cookie(loop().trackPass(joined[0], joined[1])))
                .andExpect(status().isOk());
    }
    @Autowired
    org.mashang.notify.internal.EvaluationReminders reminders;

    @Test
    void eachFollowerWhoHasNotEvaluatedIsRemindedOnceWithTheirOwnTicket() throws Exception {
        String owner = phone();
        long id = publicCase("万楼社区第1区块路灯坏了一个月", owner);
        String t = ticket(id);
        String waiting = phone();
        String evaluating = phone();
        String[] joined = receipt(join(t, UUID.randomUUID().toString(), "phone", waiting));
        String[] done = receipt(join(t, UUID.randomUUID().toString(), "phone", evaluating));
        receipt(join(t, UUID.randomUUID().toString())); // no contact: nobody to remind
        String merged = phone();
        Receipt duplicate = loop().submit(street.deputyPage(), category(), "第1区块路灯不亮", null, merged, true, block());
        loop().post(street.reviewer(), "/review/cases/" + duplicate.caseId() + "/merge", "target", t);
        loop().post(deputy(), "/deputy/cases/" + id + "/resolve", "text", "已更换灯泡").andExpect(status().is3xxRedirection());
        loop().onCase(done[0], done[1], "evaluate", "satisfaction", "SATISFIED").andExpect(status().is3xxRedirection());

        reminders.remind();
        assertThat(reminded(id)).as("answered just now: too early").isEmpty();
        jdbc.sql("update cases set closed_at = closed_at - interval '4 days' where id = ?").param(1, id).update();
        reminders.remind();
        reminders.remind();
        assertThat(reminded(id)).as("the resident, the supporter still to evaluate and the merged resident, once each")
                .containsExactlyInAnyOrder(owner, waiting, merged);
        assertThat(jdbc.sql("select body from notification_outbox where case_id = ? and template_key = 'resident-evaluate' and address = ?")
                .param(1, id).param(2, waiting).query(String.class).single()).contains(joined[0]).contains("/track?ticket=" + joined[0]);
        assertThat(jdbc.sql("select body from notification_outbox where case_id = ? and template_key = 'resident-evaluate' and address = ?")
                .param(1, id).param(2, merged).query(String.class).single()).contains(duplicate.ticket());
    }

    List<String> reminded(long caseId) {
        return jdbc.sql("select address from notification_outbox where case_id = ? and template_key = 'resident-evaluate'")
                .param(1, caseId).query(String.class).list();
    }
}
