package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.Staff;
import org.mashang.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The workbenches' lists come a page at a time ({@link ListPage#SIZE} rows) with their whole count, and every case is
 * reached by following the "next" links (and back by "previous"), on a street of the test's own with more messages waiting
 * than a page holds. Links no page made are refused with a 400 in Chinese.
 */
@IntegrationTest
class WorkbenchPagingTests {

    static final int MESSAGES = ListPage.SIZE + 7;
    private static final Pattern LINK = Pattern.compile("href=\"(/[a-z]+)\\?list=([a-z0-9]+)&amp;from=([ab]-?\\d+_\\d+)#[a-z0-9]+\" rel=\"(next|prev)\"");

    static TestData data;
    static TestData.Street street;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterAll
    static void retire() {
        if (data != null) {
            data.close();
            data = null;
            street = null;
        }
    }

    /** More messages than a page holds, left at the street's deputy's page (each from its own address, as neighbours would). */
    @BeforeEach
    void aStreetWithManyMessagesWaiting() throws Exception {
        if (street != null) {
            return;
        }
        data = TestData.of(mvc);
        street = data.street().create();
        for (int i = 0; i < MESSAGES; i++) {
            String address = "10.77." + (i / 200) + "." + (i % 200 + 1);
            mvc.perform(multipart(street.deputyPage()).param("text", "翻页测试留言 " + i).param("categoryId", "" + street.category())
                            .param("publicChoice", "false").param("submissionKey", UUID.randomUUID().toString()).with(csrf())
                            .with(r -> {
                                r.setRemoteAddr(address);
                                return r;
                            }))
                    .andExpect(status().is3xxRedirection());
        }
    }

    /** The street's messages waiting for review, oldest first, as the review queue orders them. */
    List<String> waiting() {
        return jdbc.sql("select ticket from cases where station_id = ? and state = 'SUBMITTED' order by submitted_at, id")
                .param(street.station()).query(String.class).list();
    }

    @Test
    void theReviewQueueIsPagedOldestFirstAndEveryMessageIsReached() throws Exception {
        List<String> expected = waiting();
        assertThat(expected).hasSize(MESSAGES);

        String first = page(street.reviewer(), "/review");
        assertThat(first).contains("<h1 id=\"review\">待审核留言 <span class=\"badge\">" + MESSAGES + "</span>");
        assertThat(tickets(first, expected)).as("the first page: the oldest").isEqualTo(expected.subList(0, ListPage.SIZE));
        assertThat(first).doesNotContain("rel=\"prev\"").doesNotContain(">第一页<");

        String second = page(street.reviewer(), link(first, "next", "review"));
        assertThat(tickets(second, expected)).as("the rest").isEqualTo(expected.subList(ListPage.SIZE, MESSAGES));
        assertThat(second).doesNotContain("rel=\"next\"").contains(">第一页<")
                .contains("<h1 id=\"review\">待审核留言 <span class=\"badge\">" + MESSAGES + "</span>");

        String back = page(street.reviewer(), link(second, "prev", "review"));
        assertThat(tickets(back, expected)).as("back to the first page").isEqualTo(expected.subList(0, ListPage.SIZE));
        assertThat(back).doesNotContain("rel=\"prev\"");
    }

    @Test
    void theDeputysGroupIsPagedTooWithItsWholeCount() throws Exception {
        List<String> expected = new ArrayList<>(waiting());
        java.util.Collections.reverse(expected);
        String first = page(street.deputy().username(), "/deputy");
        assertThat(first).contains("待审核</span> <span class=\"badge\">" + MESSAGES + "</span>");
        List<String> reached = new ArrayList<>(tickets(first, expected));
        assertThat(reached).as("the most recently changed first").isEqualTo(expected.subList(0, ListPage.SIZE));
        String second = page(street.deputy().username(), link(first, "next", "g3"));
        reached.addAll(tickets(second, expected));
        assertThat(reached).as("every case once, in order").isEqualTo(expected);
    }

    @Test
    void linksNoPageMadeAreRefusedInChinese() throws Exception {
        for (String[] bad : List.of(
                new String[] {street.reviewer(), "/review?list=review&from=zz"},
                new String[] {street.reviewer(), "/review?list=dispatch&from=a1_1"},
                new String[] {street.reviewer(), "/review?from=a1_1"},
                new String[] {street.dispatcher(), "/dispatch?list=overdue&from=a1_1_1"},
                new String[] {street.dispatcher(), "/dispatch?list=nothing"},
                new String[] {street.department().username(), "/department?list=open&from=b99999999999999999999_1"},
                new String[] {street.department().username(), "/department?list=elsewhere"},
                new String[] {street.deputy().username(), "/deputy?list=g9&from=a1_1"},
                new String[] {street.deputy().username(), "/deputy?list=g1&from=1"})) {
            mvc.perform(get(bad[1]).with(Staff.as(users, bad[0]))).andExpect(status().isBadRequest())
                    .andExpect(content().string(anyOf(containsString("页码不正确"), containsString("没有这个列表"))));
        }
        // a page from a cursor whose rows are gone is an empty page with the way back, not an error
        mvc.perform(get("/dispatch?list=dispatched&from=a1_1").with(Staff.as(users, street.dispatcher()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(">第一页<")));
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(Staff.as(users, username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The link of that kind for that list on the page. */
    private static String link(String html, String rel, String list) {
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            if (m.group(4).equals(rel) && m.group(2).equals(list)) {
                return m.group(1) + "?list=" + m.group(2) + "&from=" + m.group(3);
            }
        }
        throw new AssertionError("no " + rel + " link for " + list);
    }

    /** The street's tickets on the page, in the order shown. */
    private static List<String> tickets(String html, List<String> ours) {
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("\\d{6}-\\d{5,}").matcher(html);
        while (m.find()) {
            if (ours.contains(m.group()) && !shown.contains(m.group())) {
                shown.add(m.group());
            }
        }
        return shown;
    }
}
