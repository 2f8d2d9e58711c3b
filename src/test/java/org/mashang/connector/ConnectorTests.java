package org.mashang.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData.Street;
import org.mashang.cases.CaseState;
import org.mashang.cases.LoopDriver;
import org.mashang.connector.internal.HandoverWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A department marked external: dispatching to it hands the case over to a 12345-style Open311 server (WireMock here),
 * once; its progress notes come back as internal steps and its closing notes as the assignment's feedback. On a street
 * of each test's own, whose new department is the external one.
 */
@IntegrationTest
class ConnectorTests {

    static WireMockServer remote;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    HandoverWorker worker;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;
    Street street;
    long department;

    @BeforeAll
    static void startRemote() {
        remote = new WireMockServer(options().dynamicPort());
        remote.start();
    }

    @AfterAll
    static void stopRemote() {
        remote.stop();
    }

    @BeforeEach
    void setUp() throws Exception {
        remote.resetAll();
        loop = new LoopDriver(mvc, jdbc, users);
        street = data.street().create();
        String name = "12345 转办测试 " + java.util.UUID.randomUUID().toString().substring(0, 6);
        department = jdbc.sql("insert into department (region_id, name, level) values (?, ?, 'STREET') returning id")
                .param(1, street.id()).param(2, name).query(Long.class).single();
        org.mashang.ReferenceData.changed(mvc); // written by SQL: the directory's cache is told
        long category = street.category();
        loop.post(street.admin(), "/admin/connector/departments", "departmentId", "" + department, "platformName", "12345 热线",
                "endpoint", remote.baseUrl() + "/open311/v2/", "apiKey", "remote-key", "defaultServiceCode", "999",
                "serviceMapping", category + "=city-appearance", "active", "true").andExpect(status().is3xxRedirection());
    }

    long dispatchToTheExternalDepartment(String text) throws Exception {
        long caseId = street.caseIn(CaseState.DISPATCH_REQUESTED, text).caseId();
        loop.post(street.dispatcher(), "/dispatch/cases/" + caseId + "/dispatch", "departmentIds", "" + department, "dueDate", loop.due(),
                "instructions", "请核实处理").andExpect(status().is3xxRedirection());
        return caseId;
    }

    Map<String, Object> handover(long caseId) {
        return jdbc.sql("""
                        select h.* from external_handover h join assignment a on a.id = h.assignment_id
                        where a.case_id = ? and a.department_id = ?""").param(1, caseId).param(2, department).query().singleRow();
    }

    void dueNow() {
        jdbc.sql("update external_handover set next_attempt_at = now() - interval '1 second' where department_id = ?")
                .param(1, department).update();
    }

    @Test
    void aDispatchedCaseIsHandedOverOnceFollowedAndItsClosingNotesBecomeTheFeedback() throws Exception {
        remote.stubFor(post(urlEqualTo("/open311/v2/requests.json")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("[{\"token\":\"t-1\",\"service_notice\":\"已收到\",\"account_id\":null}]")));
        remote.stubFor(get(urlPathEqualTo("/open311/v2/tokens/t-1.json")).willReturn(aResponse()
                .withBody("[{\"service_request_id\":\"R-9\",\"token\":\"t-1\"}]")));
        remote.stubFor(get(urlPathEqualTo("/open311/v2/requests/R-9.json")).inScenario("work order")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("closed").willReturn(aResponse()
                        .withBody("[{\"service_request_id\":\"R-9\",\"status\":\"open\",\"status_notes\":\"已派城管中队现场核查\"}]")));
        remote.stubFor(get(urlPathEqualTo("/open311/v2/requests/R-9.json")).inScenario("work order")
                .whenScenarioStateIs("closed").willReturn(aResponse()
                        .withBody("[{\"service_request_id\":\"R-9\",\"status\":\"closed\",\"status_notes\":\"占道摊点已清理，设置警示牌\"}]")));

        long caseId = dispatchToTheExternalDepartment("莲城大道占道经营，联系电话 13912345678");
        assertThat(handover(caseId).get("status")).isEqualTo("PENDING");

        worker.deliverDue();
        worker.deliverDue();
        remote.verify(1, postRequestedFor(urlEqualTo("/open311/v2/requests.json"))
                .withRequestBody(containing("api_key=remote-key"))
                .withRequestBody(containing("service_code=city-appearance"))
                .withRequestBody(containing("139****5678")));
        assertThat(remote.findAll(postRequestedFor(urlEqualTo("/open311/v2/requests.json"))).get(0).getBodyAsString())
                .doesNotContain("13912345678");
        assertThat(handover(caseId).get("status")).isEqualTo("SENT");
        assertThat(handover(caseId).get("token")).isEqualTo("t-1");

        dueNow();
        worker.pollDue();
        assertThat(handover(caseId).get("remote_id")).isEqualTo("R-9");
        assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and type = 'EXTERNAL_PROGRESS' and not public "
                + "and body like '%已派城管中队现场核查%'").param(1, caseId).query(Long.class).single()).isEqualTo(1);
        assertThat(loop.state(caseId)).isEqualTo("DISPATCHED");

        dueNow();
        worker.pollDue();
        assertThat(handover(caseId).get("status")).isEqualTo("DONE");
        long assignment = loop.assignment(caseId, jdbc.sql("select name from department where id = ?").param(1, department)
                .query(String.class).single());
        assertThat(jdbc.sql("select state || ':' || feedback from assignment where id = ?").param(1, assignment).query(String.class)
                .single()).isEqualTo("REPORTED:占道摊点已清理，设置警示牌");
        assertThat(loop.state(caseId)).isEqualTo("FEEDBACK_RECEIVED");
        remote.verify(1, postRequestedFor(urlEqualTo("/open311/v2/requests.json")));
    }

    @Test
    void aRefusedHandOverIsRetriedThenShownAsFailedAndCanBeRetried() throws Exception {
        remote.stubFor(post(urlEqualTo("/open311/v2/requests.json")).willReturn(aResponse().withStatus(403)
                .withBody("[{\"code\":403,\"description\":\"Invalid api_key received\"}]")));
        long caseId = dispatchToTheExternalDepartment("小区路灯不亮");
        worker.deliverDue();
        var h = handover(caseId);
        assertThat(h.get("status")).isEqualTo("PENDING");
        assertThat(h.get("attempts")).isEqualTo(1);
        assertThat((String) h.get("last_error")).contains("403").contains("Invalid api_key received");

        jdbc.sql("update external_handover set attempts = 7, next_attempt_at = now() where id = ?").param(1, h.get("id")).update();
        worker.deliverDue();
        assertThat(handover(caseId).get("status")).isEqualTo("FAILED");
        loop.as(street.admin(), MockMvcRequestBuilders.get("/admin/connector")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Invalid api_key received")));

        loop.post(street.admin(), "/admin/connector/handovers/" + h.get("id") + "/retry").andExpect(status().is3xxRedirection());
        assertThat(handover(caseId).get("status")).isEqualTo("PENDING");
        remote.stubFor(post(urlEqualTo("/open311/v2/requests.json")).willReturn(aResponse()
                .withBody("[{\"service_request_id\":\"R-10\",\"service_notice\":\"\"}]")));
        loop.post(street.admin(), "/admin/connector/run").andExpect(status().is3xxRedirection());
        assertThat(handover(caseId).get("status")).isEqualTo("SENT");
        assertThat(handover(caseId).get("remote_id")).isEqualTo("R-10");
    }

    @Test
    void badSettingsAreRefusedWithTheReason() throws Exception {
        loop.post(street.admin(), "/admin/connector/departments", "departmentId", "" + department, "platformName", "x",
                "endpoint", "ftp://nowhere", "apiKey", "k", "defaultServiceCode", "1", "active", "true")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("接口地址须以 http")));
        loop.post(street.admin(), "/admin/connector/departments", "departmentId", "abc").andExpect(status().isBadRequest());
        loop.post(street.admin(), "/admin/connector/departments", "departmentId", "" + department, "platformName", "x",
                "endpoint", "https://a.example/open311/v2", "apiKey", "k", "defaultServiceCode", "1", "serviceMapping", "市容=1")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("类别对照")));
        loop.post(street.admin(), "/admin/connector/handovers/999999/retry").andExpect(status().isNotFound());
    }
}
