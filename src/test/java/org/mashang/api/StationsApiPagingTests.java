package org.mashang.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.ReferenceData;
import org.mashang.directory.ManyStations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The public API's stations a page at a time (a province's 2,000 were one answer): oldest first, the first pages by
 * number, then by the cursor each page hands on, which still leads on when its station has closed since.
 */
@IntegrationTest
class StationsApiPagingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    ManyStations many;
    ApiClient api;

    @BeforeEach
    void manyStations() {
        many = new ManyStations(jdbc, mvc, 30);
        api = new ApiClient(mvc);
    }

    @AfterEach
    void retire() {
        many.close();
    }

    JsonNode ok(String url) throws Exception {
        return api.ok(url);
    }

    String refused(String url) throws Exception {
        return api.refused(url);
    }

    static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(s -> codes.add(s.get("code").asString()));
        return codes;
    }

    List<String> ours() {
        return jdbc.sql("select code from station where id in (:ids) order by id").param("ids", many.stations).query(String.class).list();
    }

    @Test
    void everyOpenStationOnceOldestFirstByNumberThenByCursor() throws Exception {
        JsonNode first = ok("/api/v1/stations?size=25");
        assertThat(first.get("items").size()).isEqualTo(25);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("pageSize").asInt()).isEqualTo(25);
        long total = first.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(60);
        assertThat(codes(ok("/api/v1/stations?size=25&page=1"))).doesNotContainAnyElementsOf(codes(first));

        List<String> all = new ArrayList<>(codes(first));
        String next = first.get("next").asString();
        for (int i = 0; i < 100 && next != null; i++) {
            JsonNode page = ok("/api/v1/stations?size=25&after=" + next);
            assertThat(page.get("page").isNull()).as("a page by cursor has no number").isTrue();
            all.addAll(codes(page));
            next = page.get("next").isNull() ? null : page.get("next").asString();
        }
        assertThat(next).as("the last page says so").isNull();
        assertThat(all).doesNotHaveDuplicates().hasSize((int) total).containsSubsequence(ours());
        assertThat(ok("/api/v1/stations").get("items").size()).as("50 by default").isEqualTo((int) Math.min(50, total));
    }

    @Test
    void aCursorWhoseStationClosedSinceStillLeadsOn() throws Exception {
        List<String> ours = ours();
        // the page that ends at our 10th station, by its code as the cursor
        jdbc.sql("update station set active = false where code = ?").params(ours.get(9)).update();
        ReferenceData.changed(mvc);
        JsonNode after = ok("/api/v1/stations?size=5&after=" + ours.get(9));
        assertThat(codes(after)).startsWith(ours.get(10), ours.get(11));
    }

    @Test
    void pagesBeyondTheNumberedOnesSizesAndCursorsOutOfRangeAreRefusedClearly() throws Exception {
        assertThat(refused("/api/v1/stations?page=10")).contains("after");
        assertThat(refused("/api/v1/stations?page=-1")).contains("page");
        assertThat(refused("/api/v1/stations?size=0")).contains("size");
        assertThat(refused("/api/v1/stations?size=201")).contains("size");
        assertThat(refused("/api/v1/stations?page=1&after=" + ours().get(0))).contains("after");
        assertThat(refused("/api/v1/stations?after=no-such-station")).contains("next");
        assertThat(api.call("/api/v1/stations?size=abc").getStatus()).isEqualTo(400);
    }
}
