package org.mashang.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.OwnAddress;
import org.mashang.PerClassData;
import org.mashang.TestData.Street;
import org.mashang.cases.CaseState;
import org.mashang.cases.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public JSON API: what the public pages show, cacheable by ETag, refusals as problem+json, documented in OpenAPI. */
@IntegrationTest
class PublicApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    /** A street with one serving deputy and a former one (whose card is not served). */
    @RegisterExtension
    static final PerClassData data = new PerClassData(s -> s.withFormerDeputy());

    final JsonMapper json = JsonMapper.builder().build();
    OwnAddress client;

    MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        if (client == null) {
            client = new OwnAddress(mvc);
        }
        return client.send(request);
    }

    JsonNode ok(String url) throws Exception {
        MockHttpServletResponse r = call(get(url));
        assertThat(r.getStatus()).as(url + " " + r.getContentAsString()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("application/json");
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    void problem(String url, int status) throws Exception {
        MockHttpServletResponse r = call(get(url));
        assertThat(r.getStatus()).as(url + " " + r.getContentAsString()).isEqualTo(status);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        JsonNode p = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asString()).isNotBlank();
    }

    /** Every station's code, page after page (oldest first: a test's new station is on the last page). */
    List<String> listedStations() throws Exception {
        List<String> codes = new ArrayList<>();
        JsonNode page = ok("/api/v1/stations?size=200");
        for (int i = 0; i < 100; i++) {
            page.get("items").forEach(s -> codes.add(s.get("code").asString()));
            if (page.get("next").isNull()) {
                break;
            }
            page = ok("/api/v1/stations?size=200&after=" + page.get("next").asString());
        }
        return codes;
    }

    @Test
    void stationsDeputiesAndReceptionDays() throws Exception {
        Street street = data.street();
        String station = street.stationCode();
        String deputy = street.deputy().code();
        String former = street.deputies().get(1).code();
        assertThat(listedStations()).contains(station);
        JsonNode deputies = ok("/api/v1/stations/" + station + "/deputies");
        assertThat(deputies.toString()).contains("\"code\":\"" + deputy + "\"").doesNotContain("\"" + former + "\"");
        JsonNode card = ok("/api/v1/deputies/" + deputy);
        assertThat(card.get("name").asString()).isNotBlank();
        assertThat(card.get("page").asString()).endsWith("/d/" + deputy);
        assertThat(card.has("id")).isFalse();
        problem("/api/v1/deputies/" + former, 404);
        problem("/api/v1/stations/nosuch", 404);

        long block = street.block();
        assertThat(ok("/api/v1/deputies?block=" + block).size()).isPositive();
        assertThat(ok("/api/v1/blocks?q=" + street.key()).size()).isPositive();
        problem("/api/v1/deputies?block=abc", 400);
        problem("/api/v1/deputies?block=999999", 404);
        problem("/api/v1/deputies", 400);

        assertThat(ok("/api/v1/stations/" + station + "/reception-days?from=2026-12-01&to=2026-12-31").size()).isPositive();
        problem("/api/v1/stations/" + station + "/reception-days?from=2026-12-31&to=2026-12-01", 400);
        problem("/api/v1/stations/" + station + "/reception-days?from=yesterday", 400);
    }

    @Test
    void publicCasesWithTheirTimelinesAndNothingPrivate() throws Exception {
        LoopDriver loop = new LoopDriver(mvc, jdbc, users);
        Street street = data.street();
        long shown = street.caseIn(CaseState.DISPATCH_REQUESTED, "楼下垃圾站太臭 联系电话 13912345678").caseId();
        String shownTicket = jdbc.sql("select ticket from cases where id = ?").param(1, shown).query(String.class).single();
        var hidden = loop.submit(street, "不公开的事", "王秀英", "13912345678", false);
        loop.post(street.reviewer(), "/review/cases/" + hidden.caseId() + "/accept", "makePublic", "false", "publicText", "x");

        JsonNode one = ok("/api/v1/cases/" + shownTicket);
        assertThat(one.get("timeline").size()).isGreaterThanOrEqualTo(2);
        assertThat(one.get("text").asString()).contains("139****5678").doesNotContain("13912345678");
        assertThat(one.toString()).doesNotContain("王秀英");
        assertThat(one.get("submittedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        problem("/api/v1/cases/" + hidden.ticket(), 404);

        JsonNode wall = ok("/api/v1/cases?deputy=" + street.deputy().code());
        assertThat(wall.get("total").asLong()).isPositive();
        assertThat(wall.toString()).contains(shownTicket).doesNotContain(hidden.ticket());
        assertThat(wall.get("items").get(0).get("timeline").isNull()).isTrue();
        problem("/api/v1/cases?state=NOPE", 400);
        problem("/api/v1/cases?page=-1", 400);
        problem("/api/v1/cases?deputy=nobody", 404);
    }

    @Test
    void statsOfAYear() throws Exception {
        JsonNode figures = ok("/api/v1/stats?year=2026");
        assertThat(figures.get("messagesReceived").isNumber()).isTrue();
        problem("/api/v1/stats?year=1900", 400);
        problem("/api/v1/stats?year=abc", 400);
    }

    @Test
    void answersCarryAnEtagAndAnUnchangedOneIsA304() throws Exception {
        MockHttpServletResponse first = call(get("/api/v1/stations"));
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).contains("max-age");
        MockHttpServletResponse again = call(get("/api/v1/stations").header("If-None-Match", etag));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
    }

    @Test
    void theOpenApiDescriptionAndItsUiAreServedHere() throws Exception {
        MockHttpServletResponse spec = call(get("/api/openapi.json"));
        assertThat(spec.getStatus()).isEqualTo(200);
        JsonNode doc = json.readTree(spec.getContentAsString(StandardCharsets.UTF_8));
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/v1/cases/{ticket}")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/stats")).isTrue();
        assertThat(doc.get("paths").has("/admin/open311/keys")).isFalse();

        MockHttpServletResponse docs = call(get("/api/docs"));
        assertThat(docs.getStatus()).isEqualTo(302);
        String ui = docs.getRedirectedUrl();
        assertThat(ui).contains("/swagger-ui/index.html");
        MockHttpServletResponse page = call(get(ui.replaceFirst("^https?://[^/]+", "")));
        assertThat(page.getStatus()).as(ui + " -> " + page.getRedirectedUrl()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("swagger-ui").doesNotContain("https://", "//cdn");
    }
}
