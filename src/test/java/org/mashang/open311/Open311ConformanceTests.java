package org.mashang.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData.Street;
import org.mashang.cases.LoopDriver;
import org.mashang.open311.internal.ApiKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Walks the GeoReport v2 specification's examples against the server: element and field names, JSON types, XML
 * element names, ISO 8601 dates with an offset, the error list's shape, and a request followed from post to closed. The
 * jurisdiction is a street of each test's own.
 */
@IntegrationTest
class Open311ConformanceTests {

    static final Pattern ISO_WITH_OFFSET = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApiKeys keys;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    Street own;
    Open311Client client;
    LoopDriver loop;
    String key;
    String category;
    String street;
    String block;

    @BeforeEach
    void setUp() {
        client = new Open311Client(mvc);
        loop = new LoopDriver(mvc, jdbc, users);
        key = keys.issue("12345 测试平台 " + Open311Client.unique(), 1000, "test").secret();
        category = Long.toString(loop.id("select id from category where name = '物业小区'"));
        own = data.street().create();
        street = Long.toString(own.id());
        block = Long.toString(own.block());
    }

    @Test
    void discoveryNamesTheEndpointAndItsFormats() throws Exception {
        JsonNode d = client.json(ok(client.get("discovery.json"), "application/json"));
        assertThat(d.get("changeset").asString()).matches(ISO_WITH_OFFSET);
        JsonNode endpoint = d.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asString()).endsWith("/open311/v2");
        assertThat(endpoint.get("formats").get(0).asString()).isEqualTo("text/xml");
        assertThat(d.get("key_service").asString()).contains("api_key");

        var xml = Open311Client.xml(ok(client.get("discovery.xml"), "text/xml"));
        assertThat(Open311Client.xpath(xml, "/discovery/endpoints/endpoint/specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(Open311Client.count(xml, "/discovery/endpoints/endpoint/formats/format")).isEqualTo(2);
        assertThat(Open311Client.xpath(xml, "/discovery/jurisdictions/jurisdiction[jurisdiction_id='" + street + "']/name"))
                .isEqualTo("测试街道-" + own.key());
    }

    @Test
    void servicesAreTheCategoriesWithTheSpecificationsFields() throws Exception {
        JsonNode services = client.json(ok(client.get("services.json", "jurisdiction_id", street), "application/json"));
        assertThat(services.isArray()).isTrue();
        JsonNode service = find(services, "service_code", category);
        assertThat(service.get("service_code").isString()).isTrue();
        assertThat(service.get("service_name").asString()).isEqualTo("物业小区");
        assertThat(service.get("metadata").isBoolean()).isTrue();
        assertThat(service.get("type").asString()).isIn("realtime", "batch", "blackbox");
        assertThat(service.has("description") && service.has("keywords") && service.has("group")).isTrue();

        var xml = Open311Client.xml(ok(client.get("services.xml"), "text/xml"));
        assertThat(Open311Client.xpath(xml, "/services/service[service_code='" + category + "']/service_name")).isEqualTo("物业小区");
        assertThat(Open311Client.xpath(xml, "/services/service[service_code='" + category + "']/metadata")).isEqualTo("true");
    }

    @Test
    void aServiceDefinitionOffersTheBlockAsAListAndTheDeputyCodeAsAString() throws Exception {
        JsonNode def = client.json(ok(client.get("services/" + category + ".json", "jurisdiction_id", street), "application/json"));
        assertThat(def.get("service_code").asString()).isEqualTo(category);
        JsonNode blockAttribute = find(def.get("attributes"), "code", "block");
        assertThat(blockAttribute.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(blockAttribute.get("variable").isBoolean() && blockAttribute.get("required").isBoolean()).isTrue();
        assertThat(blockAttribute.get("order").isNumber()).isTrue();
        assertThat(find(blockAttribute.get("values"), "key", block).get("name").asString()).contains("测试社区-" + own.key() + "第1区块");
        assertThat(find(def.get("attributes"), "code", "deputy_code").get("datatype").asString()).isEqualTo("string");

        var xml = Open311Client.xml(ok(client.get("services/" + category + ".xml"), "text/xml"));
        String attribute = "/service_definition/attributes/attribute[code='block']";
        assertThat(Open311Client.xpath(xml, attribute + "/datatype")).isEqualTo("singlevaluelist");
        assertThat(Open311Client.xpath(xml, attribute + "/values/value[key='" + block + "']/name")).contains("第1区块");

        assertError(client.get("services/999999.json"), 404);
        assertError(client.get("services/abc.xml"), 404);
        assertError(client.get("services.json", "jurisdiction_id", "999999"), 404);
        // an unknown resource is the spec's error list too, in the suffix's format, not the site's 404 page
        assertError(client.get("no/such/resource.xml"), 404);
        assertThat(client.get("no/such/resource.xml").getContentType()).startsWith("text/xml");
        assertError(client.get("nothing.json"), 404);
        assertError(client.post("nothing"), 404);
        assertThat(client.get("nothing").getContentType()).startsWith("application/json");
    }

    @Test
    void aPostedRequestGetsATokenUntilReviewedThenItsTicketAndIsFollowedToClosedWithNotes() throws Exception {
        String text = "小区门口路灯坏了一个月 " + Open311Client.unique();
        JsonNode posted = client.json(ok(client.post("requests.json", "api_key", key, "service_code", category,
                "attribute[deputy_code]", own.deputy().code(), "address_id", block, "lat", "27.8612345", "long", "112.9001234",
                "address_string", "万楼社区3栋", "description", text, "first_name", "秀英", "last_name", "王",
                "phone", "13912345678", "email", "wang@example.com", "account_id", "acc-1"), "application/json"));
        assertThat(posted.isArray()).isTrue();
        String token = posted.get(0).get("token").asString();
        assertThat(token).isNotBlank();
        assertThat(posted.get(0).has("service_request_id")).isFalse();
        assertThat(posted.get(0).get("service_notice").asString()).contains("审核").containsPattern("\\d{4}-\\d\\d-\\d\\dT");
        assertThat(posted.get(0).get("account_id").asString()).isEqualTo("acc-1");

        long caseId = loop.id("select case_id from open311_request where token = ?", token);
        assertThat(loop.state(caseId)).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select channel from cases where id = ?").param(1, caseId).query(String.class).single())
                .isEqualTo("GOV_PLATFORM");
        JsonNode pending = client.json(ok(client.get("tokens/" + token + ".json"), "application/json"));
        assertThat(pending.get(0).get("token").asString()).isEqualTo(token);
        assertThat(pending.get(0).get("service_request_id").isNull()).isTrue();

        loop.post(own.reviewer(), "/review/cases/" + caseId + "/accept", "makePublic", "true", "publicText",
                "小区门口路灯坏了，联系电话 13912345678");
        String ticket = client.json(client.get("tokens/" + token + ".json")).get(0).get("service_request_id").asString();
        assertThat(ticket).isEqualTo(jdbc.sql("select ticket from cases where id = ?").param(1, caseId).query(String.class).single());
        var tokenXml = Open311Client.xml(ok(client.get("tokens/" + token + ".xml"), "text/xml"));
        assertThat(Open311Client.xpath(tokenXml, "/service_requests/request/service_request_id")).isEqualTo(ticket);

        JsonNode open = client.json(ok(client.get("requests/" + ticket + ".json"), "application/json")).get(0);
        assertThat(open.get("status").asString()).isEqualTo("open");
        assertThat(open.get("service_code").asString()).isEqualTo(category);
        assertThat(open.get("service_name").asString()).isEqualTo("物业小区");
        assertThat(open.get("requested_datetime").asString()).matches(ISO_WITH_OFFSET);
        assertThat(open.get("updated_datetime").asString()).matches(ISO_WITH_OFFSET);
        assertThat(open.get("expected_datetime").asString()).matches(ISO_WITH_OFFSET);
        assertThat(open.get("address_id").asString()).isEqualTo(block);
        assertThat(open.get("lat").asDouble()).isEqualTo(27.861);
        assertThat(open.get("long").asDouble()).isEqualTo(112.9);
        assertThat(open.get("status_notes").asString()).isNotBlank();
        for (String field : List.of("service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address",
                "address_id", "zipcode", "lat", "long", "media_url")) {
            assertThat(open.has(field)).as(field).isTrue();
        }
        String all = client.get("requests/" + ticket + ".json").getContentAsString() + client.get("requests/" + ticket + ".xml")
                .getContentAsString();
        assertThat(all).doesNotContain("13912345678", "王秀英", "wang@example.com", "万楼社区3栋").contains("139****5678");

        loop.post(own.deputy().username(), "/deputy/cases/" + caseId + "/reply", "text", "收到，马上联系物业");
        assertThat(client.json(client.get("requests/" + ticket + ".json")).get(0).get("status_notes").asString())
                .contains("马上联系物业");
        loop.post(own.deputy().username(), "/deputy/cases/" + caseId + "/resolve", "text", "已请物业当天换好路灯，特此答复");
        JsonNode closed = client.json(client.get("requests/" + ticket + ".json")).get(0);
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("status_notes").asString()).contains("已请物业当天换好路灯");
        assertThat(closed.get("expected_datetime").isNull()).isTrue();
        var xml = Open311Client.xml(ok(client.get("requests/" + ticket + ".xml"), "text/xml"));
        assertThat(Open311Client.xpath(xml, "/service_requests/request/status")).isEqualTo("closed");
        assertThat(Open311Client.xpath(xml, "/service_requests/request/requested_datetime")).matches(ISO_WITH_OFFSET);

        JsonNode list = client.json(ok(client.get("requests.json", "service_code", category, "status", "closed",
                "jurisdiction_id", street), "application/json"));
        assertThat(find(list, "service_request_id", ticket)).isNotNull();
        assertThat(client.json(client.get("requests.json", "service_request_id", ticket + ",000000-00000", "status", "open")))
                .isEmpty();
    }

    @Test
    void privateAndUnreviewedCasesAreNeverReturned() throws Exception {
        var r = loop.submit(own.deputyPage(), "私下反映的事 " + Open311Client.unique(), null, null, false, own.block());
        loop.post(own.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "false", "publicText", "x");
        assertError(client.get("requests/" + r.ticket() + ".json"), 404);
        var unreviewed = loop.submit(own.deputyPage(), "还没审核的事 " + Open311Client.unique(), null, null, true, own.block());
        assertError(client.get("requests/" + unreviewed.ticket() + ".xml"), 404);
        JsonNode list = client.json(client.get("requests.json", "service_request_id", r.ticket() + "," + unreviewed.ticket()));
        assertThat(list).isEmpty();
        assertThat(client.get("requests.json").getContentAsString()).doesNotContain(r.ticket(), unreviewed.ticket());
    }

    @Test
    void badInputIsTheSpecificationsErrorListNeverAServerError() throws Exception {
        assertError(client.post("requests.json", "service_code", category, "description", "x", "address_id", block), 403);
        assertError(client.post("requests.xml", "api_key", "wrong", "service_code", category, "description", "x"), 403);
        assertError(client.post("requests.json", "api_key", key, "service_code", "999999", "description", "x", "address_id", block), 400);
        assertError(client.post("requests.json", "api_key", key, "description", "x", "address_id", block), 400);
        assertError(client.post("requests.json", "api_key", key, "service_code", category, "address_id", block), 400);
        assertError(client.post("requests.json", "api_key", key, "service_code", category, "description", "x"), 400);
        assertError(client.post("requests.json", "api_key", key, "service_code", category, "description", "x", "address_id", "1"), 400);
        assertError(client.post("requests.json", "api_key", key, "service_code", category, "description", "x",
                "jurisdiction_id", street, "lat", "north", "long", "1"), 400);
        assertError(client.post("requests.json", "api_key", key, "service_code", category, "description", "x", "address_id", block,
                "phone", "12"), 400);
        assertError(client.post("requests.json", "api_key", key, "service_code", category, "description", "x", "address_id", block,
                "attribute[deputy_code]", "nobody"), 400);
        assertError(client.get("requests.json", "start_date", "yesterday"), 400);
        assertError(client.get("requests.json", "start_date", "2026-01-01T00:00:00+08:00", "end_date", "2026-06-01T00:00:00+08:00"), 400);
        assertError(client.get("requests.json", "status", "pending"), 400);
        assertError(client.get("requests.json", "page_size", "5000"), 400);
        assertError(client.get("requests.json", "service_code", "999999"), 400);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            ids.add("000000-" + i);
        }
        assertError(client.get("requests.json", "service_request_id", String.join(",", ids)), 400);
        assertError(client.get("requests/000000-00000.json"), 404);
        assertError(client.get("tokens/nosuchtoken.xml"), 404);
        assertError(client.get("services.csv"), 400);
        assertThat(client.get("requests.json", "start_date", "2026-01-01T00:00:00Z").getStatus()).isEqualTo(200);
    }

    @Test
    void aRevokedKeyAndAKeyOverItsRateAreRefused() throws Exception {
        var issued = keys.issue("限流测试 " + Open311Client.unique(), 1, "test");
        String[] post = {"api_key", issued.secret(), "service_code", category, "description", "限流测试", "address_id", block};
        ok(client.post("requests.xml", post), "text/xml");
        MockHttpServletResponse over = client.post("requests.xml", post);
        assertError(over, 429);
        assertThat(over.getHeader("Retry-After")).isNotBlank();
        keys.revoke(issued.key().id());
        assertError(client.post("requests.json", post), 403);
    }

    @Test
    void theKeyApiNeedsNoCsrfTokenButOtherRoutesStillDo() throws Exception {
        ok(client.post("requests.json", "api_key", key, "service_code", category, "description", "无需 CSRF", "address_id", block),
                "application/json");
        int track = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/track")
                .param("ticket", "x").param("code", "y")).andReturn().getResponse().getStatus();
        assertThat(track).isEqualTo(403);
    }

    static MockHttpServletResponse ok(MockHttpServletResponse response, String type) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(type).containsIgnoringCase("utf-8");
        if (type.equals("text/xml")) {
            assertThat(response.getContentAsString()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        }
        return response;
    }

    void assertError(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        if (response.getContentType().startsWith("text/xml")) {
            var xml = Open311Client.xml(response);
            assertThat(Open311Client.xpath(xml, "/errors/error/code")).isEqualTo(Integer.toString(status));
            assertThat(Open311Client.xpath(xml, "/errors/error/description")).isNotBlank();
        } else {
            JsonNode errors = client.json(response);
            assertThat(errors.isArray()).isTrue();
            assertThat(errors.get(0).get("code").isInt()).isTrue();
            assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
            assertThat(errors.get(0).get("description").asString()).isNotBlank();
        }
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field) != null && value.equals(n.get(field).asString())) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }
}
