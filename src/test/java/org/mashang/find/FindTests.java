package org.mashang.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.Staff;
import org.mashang.cases.LoopDriverAccess;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.DeputyFinder;
import org.mashang.directory.DeputyLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 谁是我的代表: from a block to every deputy who covers it, by linked blocks or by constituency. */
@IntegrationTest
class FindTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeputyFinder finder;

    @Autowired
    UserDetailsService users;

    long block(String name) {
        return jdbc.sql("select id from region where name = ?").param(1, name).query(Long.class).single();
    }

    @Test
    void aBlockIsCoveredByItsLinkedDeputiesAndItsConstituencysDeputiesOfEveryLevel() {
        List<DeputyCard> found = finder.covering(block("万楼社区第1区块"));
        // wl01 (province), wl07 and wl13 (district) link the blocks of 万楼社区 and stand for its constituency
        assertThat(found).extracting(DeputyCard::code).containsExactlyInAnyOrder("wl01", "wl07", "wl13");
        assertThat(found).extracting(DeputyCard::level).contains(DeputyLevel.PROVINCIAL, DeputyLevel.COUNTY);
        assertThat(found.get(0).level()).as("the most local first").isEqualTo(DeputyLevel.COUNTY);
        // a former deputy of the same constituency is not offered
        assertThat(found).extracting(DeputyCard::code).doesNotContain("wl99");
        assertThat(finder.covering(block("湘竹村第2区块"))).extracting(DeputyCard::code).containsExactlyInAnyOrder("wl03", "wl09", "wl15");
    }

    @Test
    void aConstituencyWithoutListedAreasCoversEverythingUnderItsRegion() {
        long street = jdbc.sql("select id from region where name = '万楼街道'").query(Long.class).single();
        long station = jdbc.sql("select id from station where code = 'wanlou'").query(Long.class).single();
        long c = jdbc.sql("insert into constituency (region_id, name) values (?, '万楼街道全街选区（测试）') returning id").param(1, street)
                .query(Long.class).single();
        jdbc.sql("""
                insert into deputy (name, level, constituency_id, station_id, code, term_start, term_end)
                values ('全街代表', 'CITY', ?, ?, 'findall1', date '2020-01-01', date '2099-12-31')""")
                .param(1, c).param(2, station).update();
        try {
            assertThat(finder.covering(block("滨江社区第3区块"))).extracting(DeputyCard::code).contains("findall1", "wl06");
        } finally {
            jdbc.sql("update deputy set active = false where code = 'findall1'").update();
        }
    }

    @Test
    void findByCommunityThenBlockWithoutJavaScript() throws Exception {
        long community = jdbc.sql("select id from region where name = '万楼社区'").query(Long.class).single();
        mvc.perform(get("/find")).andExpect(status().isOk()).andExpect(content().string(containsString("/find?community=" + community)));
        mvc.perform(get("/find").param("community", "" + community)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/find?block=" + block("万楼社区第2区块"))));
        mvc.perform(get("/find").param("block", "" + block("万楼社区第2区块"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("万楼社区第2区块的代表")))
                .andExpect(content().string(containsString("/d/wl01")))
                .andExpect(content().string(containsString("/d/wl07")))
                .andExpect(content().string(containsString("/d/wl13")))
                .andExpect(content().string(not(containsString("/d/wl02\""))))
                .andExpect(content().string(containsString("省人大代表")))
                .andExpect(content().string(containsString("区（县）人大代表")))
                .andExpect(content().string(containsString("给他留言")))
                .andExpect(content().string(containsString("万楼街道24小时智慧代表联络站")))
                .andExpect(content().string(containsString("下次接待日")));
    }

    @Test
    void findByTypingAPlainFormAndTheHtmxListAsYouType() throws Exception {
        mvc.perform(get("/find").param("q", "莲城")).andExpect(status().isOk())
                .andExpect(content().string(containsString("莲城社区第1区块")))
                .andExpect(content().string(not(containsString("万楼社区第1区块"))));
        String fragment = mvc.perform(get("/find/blocks").param("q", "莲城").header("HX-Request", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("莲城社区第3区块").doesNotContain("<html").doesNotContain("<header");
        mvc.perform(get("/find/blocks").param("q", "莲城")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/find").param("q", "没有这个小区")).andExpect(content().string(containsString("没有找到")));
        mvc.perform(get("/find").param("q", "%_")).andExpect(status().isOk());
        mvc.perform(get("/find").param("q", "长".repeat(51))).andExpect(status().isBadRequest());
        mvc.perform(get("/find").param("block", "999999")).andExpect(status().isNotFound());
        mvc.perform(get("/find").param("block", "abc")).andExpect(status().isBadRequest());
    }

    @Test
    void theHomePageStartsWithFindAndTheTasks() throws Exception {
        String page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("谁是我的代表").contains("id=\"tile-write\"").contains("id=\"tile-track\"").contains("id=\"tile-wall\"")
                .contains("id=\"tile-receptions\"").contains("id=\"tile-stats\"");
        assertThat(page.indexOf("谁是我的代表")).isLessThan(page.indexOf("id=\"tile-write\""));
    }

    @Test
    void aStationMessageWithABlockProposesTheBlocksDeputyToTheReviewer() throws Exception {
        var loop = new LoopDriverAccess(mvc, jdbc, users);
        var r = loop.submit("/s/wanlou", "莲城社区第1区块的健身器材坏了");
        long lianchengBlock = block("莲城社区第1区块");
        jdbc.sql("update cases set block_id = ? where id = ?").param(1, lianchengBlock).param(2, r.caseId()).update();
        String page = loop.as(Staff.REVIEWER, get("/review/cases/" + r.caseId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"suggested-deputy\"").contains("莲城社区第1区块");
        long suggested = finder.covering(lianchengBlock).get(0).id();
        assertThat(page).containsPattern("<option value=\"" + suggested + "\"[^>]*selected");
    }
}
