package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData.Street;
import org.mashang.cases.internal.Receipt;
import org.mashang.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff search (/staff/search): by ticket, by phone typed in any format, by words of the Chinese text, with filters,
 * paged by keyset, and never beyond the user's data scope. Each test has a street of its own (two deputies, two street
 * offices) and writes its own rare words, so earlier cases in the shared database do not match.
 */
@IntegrationTest
class CaseSearchTests {

    private static final Pattern TICKET = Pattern.compile("\\d{6}-\\d{5,}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Directory directory;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;
    /** This test's street: its reviewer, dispatcher, two deputies and two offices (城管办, 综治办). */
    Street street;
    /** Cases inserted directly, without their statistics: removed after each test, so the figures elsewhere still agree. */
    final List<Long> inserted = new java.util.ArrayList<>();
    /** Four rare characters no other case has: a word of this test run. */
    String word;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        Random random = new Random();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            w.appendCodePoint(0x4E00 + 6000 + random.nextInt(14000));
        }
        word = w.toString();
        street = data.street().deputies(2).departments("城管办", "综治办").create();
    }

    @AfterEach
    void removeInsertedCases() {
        if (!inserted.isEmpty()) {
            jdbc.sql("delete from cases where id = any(?)").param(1, inserted.toArray(Long[]::new)).update();
        }
    }

    @Test
    void findsTwoCharacterAndLongerWordsButOnlyWhereTheWholeWordIs() throws Exception {
        Receipt whole = submit("楼道里" + word + "，请处理", null, null);
        // the same bigrams, but never the whole word in a row
        Receipt split = submit("前面" + word.substring(0, 3) + "，后面" + word.substring(2), null, null);

        assertThat(found(street.dispatcher(), word.substring(1, 3))).contains(whole.ticket(), split.ticket());
        assertThat(found(street.dispatcher(), word)).containsExactly(whole.ticket());
        // several words: each must be there, anywhere
        assertThat(found(street.dispatcher(), word.substring(0, 2) + "，" + word.substring(3))).contains(whole.ticket(), split.ticket());
        assertThat(found(street.dispatcher(), "处理 " + word)).containsExactly(whole.ticket());
        assertThat(found(street.dispatcher(), word + "无")).isEmpty();
    }

    @Test
    void findsAPhoneNumberInAnyFormatAndANameAndATicket() throws Exception {
        String mobile = "139" + String.format("%08d", new Random().nextInt(100_000_000));
        Receipt byMobile = submit("路灯不亮", "欧阳" + word, mobile);
        String landline = "0731-5" + String.format("%07d", new Random().nextInt(10_000_000));
        Receipt byLandline = submit("路灯不亮", null, landline);

        for (String typed : List.of(mobile, mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7),
                "+86 " + mobile, "+86-" + mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7))) {
            assertThat(found(street.dispatcher(), typed)).as(typed).containsExactly(byMobile.ticket());
        }
        for (String typed : List.of(landline, landline.replace("-", ""), "(0731) " + landline.substring(5))) {
            assertThat(found(street.dispatcher(), typed)).as(typed).containsExactly(byLandline.ticket());
        }
        assertThat(found(street.dispatcher(), "欧阳" + word)).containsExactly(byMobile.ticket());
        assertThat(found(street.reviewer(), byLandline.ticket())).containsExactly(byLandline.ticket());
    }

    @Test
    void neverFindsACaseOutsideTheUsersScope() throws Exception {
        Receipt own = submit(word + "，万楼", null, "13900001111");
        long elsewhere = insertCases(1, "/x/elsewhere/");
        String otherDeputy = street.deputies().get(1).username();

        assertThat(found(street.dispatcher(), word)).containsExactly(own.ticket());
        assertThat(found(street.reviewer(), word)).containsExactly(own.ticket());
        assertThat(found(street.deputy().username(), word)).containsExactly(own.ticket());
        // another deputy of the same station, and a department the case was never given to
        assertThat(found(otherDeputy, word)).isEmpty();
        assertThat(found(street.department().username(), word)).isEmpty();
        assertThat(found(street.department().username(), own.ticket())).isEmpty();
        assertThat(found(street.dispatcher(), ticketOf(elsewhere))).isEmpty();
        assertThat(found(otherDeputy, "13900001111")).doesNotContain(own.ticket());
    }

    @Test
    void pagesThroughEveryMatchByKeysetWithoutGapsOrRepeats() throws Exception {
        insertCases(123, null);
        Set<String> seen = new HashSet<>();
        java.net.URI url = java.net.URI.create("/staff/search?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8));
        int pages = 0;
        while (url != null) {
            String html = loop.as(street.dispatcher(), get(url)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            List<String> page = tickets(html);
            assertThat(page.size()).isLessThanOrEqualTo(CaseSearch.PAGE_SIZE);
            page.forEach(t -> assertThat(seen.add(t)).as("repeated " + t).isTrue());
            Matcher next = Pattern.compile("id=\"search-next\" href=\"([^\"]+)\"").matcher(html);
            url = next.find() ? java.net.URI.create(next.group(1).replace("&amp;", "&")) : null;
            pages++;
        }
        assertThat(seen).hasSize(123);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void filtersNarrowTheSearch() throws Exception {
        Receipt dispatchedReceipt = street.caseIn(CaseState.DISPATCHED, word + "已交办");
        long dispatched = dispatchedReceipt.caseId();
        Receipt waiting = submit(word + "待审核", null, null);
        String dispatchedTicket = dispatchedReceipt.ticket();
        String dispatcher = street.dispatcher();

        assertThat(found(dispatcher, word)).containsExactlyInAnyOrder(dispatchedTicket, waiting.ticket());
        assertThat(found(dispatcher, word, "state", "SUBMITTED")).containsExactly(waiting.ticket());
        assertThat(found(dispatcher, word, "department", "" + street.department().id())).containsExactly(dispatchedTicket);
        assertThat(found(dispatcher, word, "department", "" + street.departments().get(1).id())).isEmpty();
        assertThat(found(dispatcher, word, "deputy", "" + street.deputy().id())).hasSize(2);
        assertThat(found(dispatcher, word, "category", "" + street.category())).hasSize(2);
        assertThat(found(dispatcher, word, "block", "" + street.blocks().get(1))).isEmpty();
        assertThat(found(dispatcher, word, "overdue", "true")).isEmpty();
        jdbc.sql("update cases set urgency = 'URGENT' where id = ?").param(1, waiting.caseId()).update();
        assertThat(found(dispatcher, word, "urgency", "URGENT")).containsExactly(waiting.ticket());
        assertThat(found(dispatcher, word, "urgency", "NORMAL")).containsExactly(dispatchedTicket);
        // its review past the deadline for a moment (put back after: the statistics tests count stages on time)
        jdbc.sql("update case_stage set due_at = due_at - interval '100 days' where case_id = ? and completed_at is null")
                .param(1, waiting.caseId()).update();
        try {
            assertThat(found(dispatcher, word, "overdue", "true")).containsExactly(waiting.ticket());
        } finally {
            jdbc.sql("update case_stage set due_at = due_at + interval '100 days' where case_id = ? and completed_at is null")
                    .param(1, waiting.caseId()).update();
        }
        // the department finds the case it was given, and opens it at its assignment
        assertThat(found(street.department().username(), word)).containsExactly(dispatchedTicket);
        loop.as(street.department().username(), get("/department/cases/" + dispatched)).andExpect(status().is3xxRedirection());
        loop.as(street.departments().get(1).username(), get("/department/cases/" + dispatched)).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsTheUsersErrorAndARoleNotHeldIsRefused() throws Exception {
        loop.as(street.dispatcher(), get("/staff/search?after=yesterday")).andExpect(status().isBadRequest());
        loop.as(street.dispatcher(), get("/staff/search?state=LOST")).andExpect(status().isBadRequest());
        loop.as(street.dispatcher(), get("/staff/search?category=abc")).andExpect(status().isBadRequest());
        loop.as(street.dispatcher(), get("/staff/search?urgency=SOON")).andExpect(status().isBadRequest());
        loop.as(street.dispatcher(), get("/staff/search?q=" + "字".repeat(101))).andExpect(status().isBadRequest());
        loop.as(street.dispatcher(), get("/staff/search?as=ADMIN")).andExpect(status().isForbidden());
        loop.as(street.dispatcher(), get("/staff/search?q=，。！")).andExpect(status().isOk());
        loop.as(street.admin(), get("/admin/cases?state=SUBMITTED")).andExpect(status().is3xxRedirection());
    }

    /** A resident's message at the first deputy's page of this street, in its first block and its category. */
    private Receipt submit(String text, String name, String phone) throws Exception {
        var request = multipart(street.deputyPage()).param("text", text).param("categoryId", "" + street.category())
                .param("blockId", "" + street.block()).param("publicChoice", "false")
                .param("submissionKey", UUID.randomUUID().toString()).with(csrf());
        if (name != null) {
            request.param("name", name);
        }
        if (phone != null) {
            request.param("phone", phone);
        }
        return loop.receipt(mvc.perform(request).andReturn());
    }

    @Test
    void theBlockListIsTheStreetsAboveAStreetTheBlockFilterWorksFromItsLink() throws Exception {
        String asDispatcher = loop.as(street.dispatcher(), get("/staff/search")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(asDispatcher).contains("id=\"s-block\"").contains("value=\"" + street.blocks().get(0) + "\"");

        long caseId = insertCases(1, null);
        jdbc.sql("update cases set block_id = ? where id = ?").param(street.blocks().get(0)).param(caseId).update();
        String asDistrict = loop.as(street.districtAdmin(), get("/staff/search").param("q", word)
                .param("block", "" + street.blocks().get(0))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asDistrict).as("a district's blocks are not listed").doesNotContain("id=\"s-block\"");
        assertThat(tickets(asDistrict)).containsExactly(ticketOf(caseId));
    }

    private List<String> found(String user, String q, String... filters) throws Exception {
        var request = get("/staff/search").param("q", q);
        for (int i = 0; i < filters.length; i += 2) {
            request.param(filters[i], filters[i + 1]);
        }
        return tickets(loop.as(user, request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> tickets(String html) {
        String list = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return TICKET.matcher(list).results().map(java.util.regex.MatchResult::group).filter(t -> list.contains(">" + t + "<")).toList();
    }

    private String ticketOf(long caseId) {
        return jdbc.sql("select ticket from cases where id = ?").param(1, caseId).query(String.class).single();
    }

    /**
     * Cases of the street's first deputy with this run's word, one a minute apart; when a scope is given, cases of another
     * street instead (no deputy, another station).
     */
    private long insertCases(int n, String scopeKey) {
        List<Long> ids = jdbc.sql("""
                        insert into cases (ticket, query_code_hash, channel, deputy_id, station_id, street_id, category_id, message_text,
                                           wants_public, state, submitted_at, updated_at, scope_key)
                        select '99' || lpad((g % 10000)::text, 4, '0') || '-' || lpad(nextval('case_ticket_seq')::text, 6, '0'), md5(g::text),
                               'DEPUTY_CODE', case when :scope is null then d.id end,
                               case when :scope is null then d.station_id else -1 end, s.region_id, (select min(id) from category),
                               :word || '第' || g || '件', false, 'ACCEPTED', now() - g * interval '1 minute', now(),
                               coalesce(:scope, :streetScope)
                        from deputy d join station s on s.id = d.station_id, generate_series(1, :n) g
                        where d.code = :deputy returning id""")
                .param("word", word).param("scope", scopeKey, java.sql.Types.VARCHAR).param("n", n)
                .param("streetScope", directory.scopeKey(street.id())).param("deputy", street.deputy().code())
                .query(Long.class).list();
        inserted.addAll(ids);
        return ids.get(0);
    }
}
