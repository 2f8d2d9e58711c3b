package org.mashang.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData.Street;
import org.mashang.cases.CaseState;
import org.mashang.cases.LoopDriver;
import org.mashang.connector.internal.HandoverWorker;
import org.mashang.open311.internal.ApiKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The connector against Mashang's own Open311 server, standing in for a second instance (a district's or a 12345
 * platform's): a small HTTP server hands each request to this application's /open311/v2. The hand-over arrives there as
 * a message of channel 政务平台, is reviewed and resolved there, and the resolution comes back as the feedback. Both
 * sides are a street of the test's own: the case leaves one and arrives in the other's region.
 */
@IntegrationTest
class ConnectorToOwnOpen311Tests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    HandoverWorker worker;
    @Autowired
    ApiKeys keys;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Plain HTTP in front of MockMvc, for the /open311/v2 paths only. */
    String serveOpen311() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/open311/v2/", exchange -> {
            try {
                String path = exchange.getRequestURI().getRawPath();
                String query = exchange.getRequestURI().getRawQuery();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                MockHttpServletRequestBuilder request = "POST".equals(exchange.getRequestMethod())
                        ? MockMvcRequestBuilders.post(path) : MockMvcRequestBuilders.get(path);
                for (String pairs : new String[] {query, body}) {
                    if (pairs == null || pairs.isEmpty()) {
                        continue;
                    }
                    for (String pair : pairs.split("&")) {
                        String[] kv = pair.split("=", 2);
                        request.param(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                                kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                    }
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                byte[] out = response.getContentAsByteArray();
                exchange.getResponseHeaders().add("Content-Type", response.getContentType());
                exchange.sendResponseHeaders(response.getStatus(), out.length == 0 ? -1 : out.length);
                exchange.getResponseBody().write(out);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/open311/v2";
    }

    void dueNow(long department) {
        jdbc.sql("update external_handover set next_attempt_at = now() - interval '1 second' where department_id = ?")
                .param(1, department).update();
    }

    @Test
    void aCaseHandedOverToAnotherMashangComesBackWithItsResolution() throws Exception {
        LoopDriver loop = new LoopDriver(mvc, jdbc, users);
        String endpoint = serveOpen311();
        String key = keys.issue("区 12345 对接测试", 100, "test").secret();
        Street own = data.street().create();
        Street other = data.street().create();
        long street = other.id();
        long department = jdbc.sql("insert into department (region_id, name, level) values (?, ?, 'STREET') returning id")
                .param(1, own.id()).param(2, "外部 Mashang " + java.util.UUID.randomUUID().toString().substring(0, 6))
                .query(Long.class).single();
        org.mashang.ReferenceData.changed(mvc); // written by SQL: the directory's cache is told
        String category = Long.toString(other.category());
        loop.post(own.admin(), "/admin/connector/departments", "departmentId", "" + department, "platformName", "区级平台",
                "endpoint", endpoint, "apiKey", key, "jurisdictionId", "" + street, "defaultServiceCode", category, "active", "true")
                .andExpect(status().is3xxRedirection());

        long caseId = own.caseIn(CaseState.DISPATCH_REQUESTED, "人行道井盖松动，联系电话 13912345678").caseId();
        loop.post(own.dispatcher(), "/dispatch/cases/" + caseId + "/dispatch", "departmentIds", "" + department, "dueDate", loop.due())
                .andExpect(status().is3xxRedirection());
        worker.deliverDue();
        String token = jdbc.sql("select h.token from external_handover h join assignment a on a.id = h.assignment_id "
                + "where a.case_id = ?").param(1, caseId).query(String.class).single();
        long mirrored = loop.id("select case_id from open311_request where token = ?", token);
        assertThat(jdbc.sql("select channel || ':' || message_text from cases where id = ?").param(1, mirrored).query(String.class)
                .single()).startsWith("GOV_PLATFORM:【测试类别】").contains("139****5678").doesNotContain("13912345678");

        // on the other side: reviewed, replied to and resolved
        long deputy = other.deputy().id();
        loop.post(other.reviewer(), "/review/cases/" + mirrored + "/accept", "deputyId", "" + deputy, "makePublic", "true",
                "publicText", "人行道井盖松动");
        dueNow(department);
        worker.pollDue();
        loop.post(other.deputy().username(), "/deputy/cases/" + mirrored + "/reply", "text", "已到现场查看");
        dueNow(department);
        worker.pollDue();
        assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and type = 'EXTERNAL_PROGRESS' and body like '%已到现场查看%'")
                .param(1, caseId).query(Long.class).single()).isEqualTo(1);

        loop.post(other.deputy().username(), "/deputy/cases/" + mirrored + "/resolve", "text", "井盖已由市政更换加固");
        dueNow(department);
        worker.pollDue();
        assertThat(jdbc.sql("select feedback from assignment where case_id = ? and department_id = ?").param(1, caseId)
                .param(2, department).query(String.class).single()).contains("井盖已由市政更换加固");
        assertThat(loop.state(caseId)).isEqualTo("FEEDBACK_RECEIVED");
    }
}
