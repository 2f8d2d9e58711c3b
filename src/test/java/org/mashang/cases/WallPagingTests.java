package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.ReferenceData;
import org.mashang.PerTestData;
import org.mashang.TestClock;
import org.mashang.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The wall's first pages are reached by number and every page by its link; its counts match its cases; its filters keep working when their
 * drop-down list is too long to be offered (a province's deputies and blocks).
 */
@IntegrationTest
class WallPagingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    /** Each test's own street, retired after it. */
    @RegisterExtension
    final PerTestData data = new PerTestData();

    static final Pattern TICKET = Pattern.compile("href=\"/cases/([A-Z0-9-]+)\"");
    static final Pattern LINK = Pattern.compile("<a href=\"(/cases\\?[^\"]*from=[^\"]*)\"[^>]*>([^<]*)</a>");

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** The wall's tickets on a page, and its links to the page before (‹) and after (›). */
    record Page(List<String> tickets, String newer, String older) {
    }

    Page page(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> tickets = new ArrayList<>();
        Matcher t = TICKET.matcher(html);
        while (t.find()) {
            tickets.add(t.group(1));
        }
        String newer = null;
        String older = null;
        Matcher l = LINK.matcher(html);
        while (l.find()) {
            String href = l.group(1).replace("&amp;", "&");
            if (l.group(2).contains("›")) {
                older = href;
            } else {
                newer = href;
            }
        }
        return new Page(tickets, newer, older);
    }

    @Test
    void pagesAreReadFromWhereTheLastOneEndedAndBackEvenForCasesOfOneInstant() throws Exception {
        LoopDriver loop = new LoopDriver(mvc, jdbc, users);
        TestData.Street street = data.street().create();
        long block = street.block();
        // 45 public cases submitted in the same instant: the id keeps their order
        clock.set(Instant.parse("2026-11-30T02:00:00Z"));
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            var r = loop.submit(street.deputyPage(), "路灯坏了，第 " + i + " 盏。", null, null, true, block);
            loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "路灯 " + i)
                    .andExpect(status().is3xxRedirection());
            newestFirst.add(0, r.ticket());
        }
        clock.reset();

        Page first = page("/cases?block=" + block);
        Page second = page(first.older());
        Page third = page(second.older());
        assertThat(first.tickets()).containsExactlyElementsOf(newestFirst.subList(0, 20));
        assertThat(second.tickets()).containsExactlyElementsOf(newestFirst.subList(20, 40));
        assertThat(third.tickets()).containsExactlyElementsOf(newestFirst.subList(40, 45));
        assertThat(first.newer()).isNull();
        assertThat(third.older()).as("the last page").isNull();
        assertThat(second.older()).contains("page=2").contains("block=" + block);
        // and back: the same pages
        assertThat(page(third.newer()).tickets()).isEqualTo(second.tickets());
        Page backToFirst = page(page(third.newer()).newer());
        assertThat(backToFirst.tickets()).isEqualTo(first.tickets());
        assertThat(backToFirst.newer()).isNull();
        // a page reached by its number still works, and links on from there
        assertThat(page("/cases?block=" + block + "&page=1").tickets()).isEqualTo(second.tickets());
        // a cursor no link made is refused in Chinese
        mvc.perform(get("/cases").param("from", "o1_2;drop")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("页码不正确")));
    }

    @Test
    void withFiltersThePagesTheLinksReachAreThePagesOfTheirNumbers() throws Exception {
        LoopDriver loop = new LoopDriver(mvc, jdbc, users);
        long category = jdbc.sql("insert into category (name, sort_order) values (:n, 996) returning id")
                .param("n", "翻页测试类别" + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
        ReferenceData.changed(mvc);
        TestData.Street street = data.street().deputies(2).create();
        long first = street.deputy().id();
        // 45 public cases of the category, 30 for the street's first deputy and 15 for its second, three to a second
        List<String> newestFirst = new ArrayList<>();
        List<String> firstNewestFirst = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            clock.set(Instant.parse("2026-11-29T02:00:00Z").plusSeconds(i / 3));
            TestData.Person deputy = street.deputies().get(i % 3 == 2 ? 1 : 0);
            var r = loop.receipt(mvc.perform(multipart("/d/" + deputy.code()).param("text", "井盖松动，第 " + i + " 处。")
                    .param("categoryId", Long.toString(category)).param("publicChoice", "true")
                    .param("submissionKey", UUID.randomUUID().toString()).with(csrf())).andReturn());
            loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", "井盖 " + i)
                    .andExpect(status().is3xxRedirection());
            newestFirst.add(0, r.ticket());
            if (deputy.equals(street.deputy())) {
                firstNewestFirst.add(0, r.ticket());
            }
        }
        clock.reset();
        // counted exact: one filter from the wall's roll-up, two from the cases (under the cap)
        assertThat(html("/cases?category=" + category)).contains("共 45 条");
        assertThat(html("/cases?deputy=" + first)).contains("共 30 条");
        assertThat(html("/cases?category=" + category + "&deputy=" + first)).contains("共 30 条");
        assertThat(html("/cases?category=" + category + "&state=ACCEPTED")).contains("共 45 条");
        assertThat(html("/cases?category=" + category + "&state=CLOSED")).contains("共 0 条");
        assertThat(html("/cases?category=" + category + "&state=SUBMITTED")).as("not a state the wall shows").contains("共 0 条");
        assertSamePages("/cases?category=" + category, newestFirst);
        assertSamePages("/cases?category=" + category + "&deputy=" + first, firstNewestFirst);
        assertSamePages("/cases?category=" + category + "&deputy=" + first + "&state=ACCEPTED", firstNewestFirst);
        assertThat(page("/cases?category=" + category + "&state=CLOSED").tickets()).isEmpty();
    }

    String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Walked by the links and reached by number (the first pages), the filtered wall shows the same pages, in order. */
    private void assertSamePages(String filtered, List<String> newestFirst) throws Exception {
        List<String> byLinks = new ArrayList<>();
        Page p = page(filtered);
        int number = 0;
        while (true) {
            if (number < WallFilter.NUMBERED_PAGES) {
                assertThat(p.tickets()).isEqualTo(page(filtered + "&page=" + number).tickets());
            }
            byLinks.addAll(p.tickets());
            if (p.older() == null) {
                break;
            }
            p = page(p.older());
            number++;
        }
        assertThat(byLinks).containsExactlyElementsOf(newestFirst);
    }

    /**
     * The wall's roll-up of counts against the cases it sums, for the street's block, after each step takes a case along
     * the loop (on the wall at acceptance, across states after); fails if the trigger does not keep it on any step.
     */
    @Test
    void theWallsCountsFollowTheCasesAlongTheLoop() throws Exception {
        TestData.Street street = data.street().create();
        long block = street.block();
        assertCountsOfBlockMatchItsCases(block);
        for (CaseState state : List.of(CaseState.SUBMITTED, CaseState.ACCEPTED, CaseState.DISPATCH_REQUESTED, CaseState.DISPATCHED,
                CaseState.FEEDBACK_RECEIVED, CaseState.CLOSED, CaseState.EVALUATED)) {
            street.caseIn(state, "计数：" + state.label());
            assertCountsOfBlockMatchItsCases(block);
        }
        assertThat(html("/cases?block=" + block)).contains("共 6 条");
        assertThat(html("/cases?block=" + block + "&state=DISPATCHED")).contains("共 1 条");
        // taken off the wall, by whatever statement: counted back (another address than above: public pages are kept a second)
        long one = jdbc.sql("select id from cases where block_id = ? and state = 'CLOSED'").param(block).query(Long.class).single();
        jdbc.sql("update cases set is_public = false where id = ?").param(one).update();
        assertCountsOfBlockMatchItsCases(block);
        assertThat(html("/cases?block=" + block + "&page=0")).contains("共 5 条");
    }

    private void assertCountsOfBlockMatchItsCases(long block) {
        Map<String, Long> rolledUp = new HashMap<>();
        jdbc.sql("select state, sum(cases) from wall_count where dim = 3 and dim_id = ? group by state having sum(cases) <> 0")
                .param(block).query((rs, n) -> rolledUp.put(rs.getString(1), rs.getLong(2))).list();
        Map<String, Long> counted = new HashMap<>();
        jdbc.sql("select state, count(*) from cases where is_public and block_id = ? group by state")
                .param(block).query((rs, n) -> counted.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(rolledUp).isEqualTo(counted);
    }

    @Test
    void theLastNumberedPageIsServedAndThePageAfterItOnlyByItsLink() throws Exception {
        int lastPage = WallFilter.NUMBERED_PAGES - 1;
        mvc.perform(get("/cases").param("page", String.valueOf(lastPage))).andExpect(status().isOk());
        mvc.perform(get("/cases").param("page", String.valueOf(lastPage + 1)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("页码不正确")));
        mvc.perform(get("/cases").param("page", "499")).andExpect(status().isBadRequest());
        // by its link (where the page before ended) any page is served
        mvc.perform(get("/cases").param("page", "499").param("from", "o1700000000000000_1")).andExpect(status().isOk());
    }

    @Test
    void aStreetsDeputiesAndBlocksAreOfferedInTheFilter() throws Exception {
        mvc.perform(get("/cases")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"f-deputy\"")))
                .andExpect(content().string(containsString("id=\"f-block\"")))
                .andExpect(content().string(not(containsString("type=\"hidden\" name=\"deputy\""))));
    }
}
