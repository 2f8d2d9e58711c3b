package org.mashang.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestClock;
import org.mashang.TestData;
import org.mashang.cases.LoopDriver;
import org.mashang.cases.WallFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The public API's wall past its first pages: by the cursor each page hands on ({@code ?after=}), read by index like the
 * wall's links, never by skipping rows; a page number beyond the first few is refused with a clear 400.
 */
@IntegrationTest
class PublicApiPagingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    ApiClient api;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    JsonNode ok(String url) throws Exception {
        return api().ok(url);
    }

    String refused(String url) throws Exception {
        return api().refused(url);
    }

    ApiClient api() {
        api = api == null ? new ApiClient(mvc) : api;
        return api;
    }

    static List<String> tickets(JsonNode page) {
        List<String> tickets = new ArrayList<>();
        page.get("items").forEach(c -> tickets.add(c.get("ticket").asString()));
        return tickets;
    }

    @Test
    void pagesFollowTheCursorToTheEndAndPageNumbersStopAtTheFirstFew() throws Exception {
        LoopDriver loop = new LoopDriver(mvc, jdbc, users);
        TestData.Street street = data.street().create();
        long block = street.block();
        // 25 public cases of one instant: the id keeps their order across the page boundary
        clock.set(Instant.parse("2026-11-30T02:00:00Z"));
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            var r = loop.submit(street.deputyPage(), "楼道灯不亮，第 " + i + " 层。", null, null, true, block);
            loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "楼道灯 " + i)
                    .andExpect(status().is3xxRedirection());
            newestFirst.add(0, r.ticket());
        }
        clock.reset();

        JsonNode first = ok("/api/v1/cases?block=" + block);
        assertThat(first.get("total").asLong()).isEqualTo(25);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(tickets(first)).containsExactlyElementsOf(newestFirst.subList(0, WallFilter.PAGE_SIZE));
        String next = first.get("next").asString();
        assertThat(next).isNotBlank();

        JsonNode second = ok("/api/v1/cases?block=" + block + "&after=" + next);
        assertThat(tickets(second)).containsExactlyElementsOf(newestFirst.subList(WallFilter.PAGE_SIZE, 25));
        assertThat(second.get("next").isNull()).as("the last page").isTrue();
        assertThat(second.get("page").isNull()).as("reached by its cursor, not a number").isTrue();
        // the same page by its number (one of the first few)
        assertThat(tickets(ok("/api/v1/cases?block=" + block + "&page=1"))).isEqualTo(tickets(second));

        assertThat(refused("/api/v1/cases?page=" + WallFilter.NUMBERED_PAGES)).contains("after");
        assertThat(refused("/api/v1/cases?page=200000")).contains("next");
        assertThat(refused("/api/v1/cases?page=1&after=" + next)).contains("page");
        assertThat(refused("/api/v1/cases?after=1;drop")).isNotBlank();
        assertThat(refused("/api/v1/cases?after=" + next.replace('o', 'n'))).contains("next");
    }
}
