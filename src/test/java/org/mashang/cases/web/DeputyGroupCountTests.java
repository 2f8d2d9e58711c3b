package org.mashang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.Staff;
import org.mashang.TestData;
import org.mashang.cases.CaseState;
import org.mashang.cases.ListPage;
import org.mashang.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The deputy's groups count their cases up to {@link ListPage#COUNT_CAP} and say "10000+" beyond it, never a number
 * that the cap made up (each state's part is counted up to the cap, so their sum is a floor, not a count).
 */
@IntegrationTest
class DeputyGroupCountTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Directory directory;

    String workbench(String username) throws Exception {
        return mvc.perform(get("/deputy").with(Staff.as(users, username))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Cases inserted directly, without their statistics: removed after the test, so the figures elsewhere still agree. */
    final List<Long> inserted = new ArrayList<>();

    @AfterEach
    void removeInserted() {
        jdbc.sql("delete from cases where id = any(?)").param(1, inserted.toArray(Long[]::new)).update();
    }

    void cases(TestData.Street street, int n) {
        inserted.addAll(jdbc.sql("""
                        insert into cases (ticket, query_code_hash, channel, deputy_id, station_id, street_id, category_id,
                                           message_text, wants_public, state, submitted_at, updated_at, scope_key)
                        select 'G' || :key || '-' || g, md5(g::text), 'DEPUTY_CODE', :deputy, :station, :street, :category,
                               '计数' || g, false, :state, now() - g * interval '1 minute', now() - g * interval '1 minute', :scope
                        from generate_series(1, :n) g returning id""")
                .param("key", street.key()).param("deputy", street.deputy().id()).param("station", street.station())
                .param("street", street.id()).param("category", street.category()).param("state", CaseState.ACCEPTED.name())
                .param("scope", directory.scopeKey(street.id())).param("n", n).query(Long.class).list());
    }

    @Test
    void aGroupBeyondTheCapSaysSoAndOneBelowItIsExact() throws Exception {
        try (TestData data = TestData.of(mvc)) {
            TestData.Street busy = data.street().create();
            cases(busy, ListPage.COUNT_CAP + 2);
            assertThat(workbench(busy.deputy().username()))
                    .contains("待我答复</span> <span class=\"badge\">10000+</span>")
                    .doesNotContain(">" + (ListPage.COUNT_CAP + 1) + "<").doesNotContain(">" + (ListPage.COUNT_CAP + 2) + "<");

            TestData.Street quiet = data.street().create();
            cases(quiet, 37);
            assertThat(workbench(quiet.deputy().username())).contains("待我答复</span> <span class=\"badge\">37</span>");
        }
    }
}
