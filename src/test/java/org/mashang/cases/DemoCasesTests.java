package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.cases.internal.Timeline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo street starts with cases run through the real loop, among them the source article's example. */
@IntegrationTest
class DemoCasesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Timeline timeline;

    @Test
    void theArticlesExampleIsOnTheWallClosedAndEvaluated() throws Exception {
        var row = jdbc.sql("select id, ticket, state, satisfaction from cases where message_text like '莲城大道晚上有流动摊贩%' order by id limit 1")
                .query().singleRow();
        assertThat(row.get("state")).isEqualTo("EVALUATED");
        assertThat(row.get("satisfaction")).isEqualTo("SATISFIED");
        assertThat(timeline.verify((Long) row.get("id"))).isEmpty();
        mvc.perform(get("/cases/" + row.get("ticket"))).andExpect(content().string(containsString("交办城管办、执法中队")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("13900001111"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("王女士"))));
        assertThat(jdbc.sql("select count(distinct state) from cases").query(Long.class).single()).isGreaterThanOrEqualTo(7);
    }
}
