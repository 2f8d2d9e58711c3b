package org.mashang.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.ReferenceData;
import org.mashang.TestData.Street;
import org.mashang.cases.LoopDriverAccess;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.DeputyFinder;
import org.mashang.directory.DeputyLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 谁是我的代表: from a block to every deputy who covers it, by linked blocks or by constituency. Each test has a street of
 * its own ({@link #covered()}).
 */
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

    @RegisterExtension
    final PerTestData data = new PerTestData();

    /**
     * A street whose deputies cover its first block each in their way: the first (district level) by linked blocks, the
     * second (provincial) by the constituency whose area is the street's community, where the former deputy stood too;
     * the third covers nothing.
     */
    Street covered() {
        Street street = data.street().levels(DeputyLevel.COUNTY, DeputyLevel.PROVINCIAL, DeputyLevel.COUNTY).withFormerDeputy()
                .create();
        long constituency = jdbc.sql("insert into constituency (region_id, name) values (?, ?) returning id")
                .params(street.id(), "测试街道-" + street.key() + "第一选区").query(Long.class).single();
        jdbc.sql("insert into constituency_area (constituency_id, region_id) values (?, ?)")
                .params(constituency, community(street)).update();
        for (int n : new int[]{1, 2}) {
            jdbc.sql("delete from deputy_block where deputy_id = ?").params(street.deputies().get(n).id()).update();
        }
        jdbc.sql("update deputy set constituency_id = ? where id in (?, ?)")
                .params(constituency, street.deputies().get(1).id(), street.deputies().get(3).id()).update();
        ReferenceData.changed(mvc);
        return street;
    }

    long community(Street street) {
        return jdbc.sql("select parent_id from region where id = ?").params(street.block()).query(Long.class).single();
    }

    static String code(Street street, int deputy) {
        return street.deputies().get(deputy).code();
    }

    @Test
    void aBlockIsCoveredByItsLinkedDeputiesAndItsConstituencysDeputiesOfEveryLevel() {
        Street street = covered();
        List<DeputyCard> found = finder.covering(street.block());
        // the first (district) links the block, the second (province) stands for its constituency
        assertThat(found).extracting(DeputyCard::code).containsExactlyInAnyOrder(code(street, 0), code(street, 1));
        assertThat(found).extracting(DeputyCard::level).contains(DeputyLevel.PROVINCIAL, DeputyLevel.COUNTY);
        assertThat(found.get(0).level()).as("the most local first").isEqualTo(DeputyLevel.COUNTY);
        // a former deputy of the same constituency is not offered
        assertThat(found).extracting(DeputyCard::code).doesNotContain(code(street, 3));
        Street next = data.street().deputies(3).nextTo(street).create();
        assertThat(finder.covering(next.blocks().get(1))).extracting(DeputyCard::code)
                .containsExactlyInAnyOrder(code(next, 0), code(next, 1), code(next, 2));
    }

    @Test
    void aConstituencyWithoutListedAreasCoversEverythingUnderItsRegion() {
        Street street = data.street().create();
        long c = jdbc.sql("insert into constituency (region_id, name) values (?, ?) returning id")
                .params(street.id(), "测试街道-" + street.key() + "全街选区").query(Long.class).single();
        String code = street.key() + "all";
        jdbc.sql("""
                insert into deputy (name, level, constituency_id, station_id, code, term_start, term_end)
                values ('全街代表', 'CITY', ?, ?, ?, date '2020-01-01', date '2099-12-31')""")
                .params(c, street.station(), code).update();
        ReferenceData.changed(mvc);
        assertThat(finder.covering(street.blocks().get(1))).extracting(DeputyCard::code).contains(code, code(street, 0));
    }

    @Test
    void findByCommunityThenBlockWithoutJavaScript() throws Exception {
        Street street = covered();
        long community = community(street);
        String block = "测试社区-" + street.key() + "第1区块";
        mvc.perform(get("/find")).andExpect(status().isOk()).andExpect(content().string(containsString("/find?community=" + community)));
        mvc.perform(get("/find").param("community", "" + community)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/find?block=" + street.block())));
        mvc.perform(get("/find").param("block", "" + street.block())).andExpect(status().isOk())
                .andExpect(content().string(containsString(block + "的代表")))
                .andExpect(content().string(containsString("/d/" + code(street, 0))))
                .andExpect(content().string(containsString("/d/" + code(street, 1))))
                .andExpect(content().string(not(containsString("/d/" + code(street, 2) + "\""))))
                .andExpect(content().string(containsString("省人大代表")))
                .andExpect(content().string(containsString("区（县）人大代表")))
                .andExpect(content().string(containsString("给他留言")))
                .andExpect(content().string(containsString("测试联络站-" + street.key())))
                .andExpect(content().string(containsString("下次接待日")));
    }

    @Test
    void findByTypingAPlainFormAndTheHtmxListAsYouType() throws Exception {
        Street street = data.street().create();
        Street other = data.street().create();
        String key = street.key();
        mvc.perform(get("/find").param("q", key)).andExpect(status().isOk())
                .andExpect(content().string(containsString("测试社区-" + key + "第1区块")))
                .andExpect(content().string(not(containsString("测试社区-" + other.key() + "第1区块"))));
        String fragment = mvc.perform(get("/find/blocks").param("q", key).header("HX-Request", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("测试社区-" + key + "第2区块").doesNotContain("<html").doesNotContain("<header");
        mvc.perform(get("/find/blocks").param("q", key)).andExpect(status().is3xxRedirection());
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
        Street street = covered();
        var loop = new LoopDriverAccess(mvc, jdbc, users);
        var r = loop.submit(street, "/s/" + street.stationCode(), "第2区块的健身器材坏了");
        long otherBlock = street.blocks().get(1);
        jdbc.sql("update cases set block_id = ? where id = ?").param(1, otherBlock).param(2, r.caseId()).update();
        String page = loop.as(street.reviewer(), get("/review/cases/" + r.caseId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"suggested-deputy\"").contains("测试社区-" + street.key() + "第2区块");
        long suggested = finder.covering(otherBlock).get(0).id();
        assertThat(page).containsPattern("<option value=\"" + suggested + "\"[^>]*selected");
    }
}
