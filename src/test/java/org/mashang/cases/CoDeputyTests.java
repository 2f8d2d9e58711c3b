package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData;
import org.mashang.cases.internal.Receipt;
import org.mashang.directory.DeputyLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Joint deputies (联名代表): the responsible deputy invites deputies of other levels; they see the case in their workbench
 * and record, the timeline names them, and only the responsible deputy acts on the case.
 */
@IntegrationTest
class CoDeputyTests {

    @RegisterExtension
    final PerTestData data = new PerTestData();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    LoopDriver loop;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
    }

    @Test
    void coDeputiesOfOtherLevelsJoinSeeTheCaseAndLeaveTheReplyToTheResponsibleDeputy() throws Exception {
        // the responsible deputy is provincial; one more provincial, two city and one district deputy at the station
        TestData.Street street = data.street().levels(DeputyLevel.PROVINCIAL, DeputyLevel.CITY, DeputyLevel.COUNTY,
                DeputyLevel.PROVINCIAL, DeputyLevel.CITY).withFormerDeputy().create();
        TestData.Person responsible = street.deputy();
        TestData.Person city = street.deputies().get(1);
        TestData.Person district = street.deputies().get(2);
        TestData.Person otherProvincial = street.deputies().get(3);
        TestData.Person otherCity = street.deputies().get(4);
        TestData.Person former = street.deputies().get(5);
        Receipt receipt = street.caseIn(CaseState.DISPATCH_REQUESTED, "片区没有公办幼儿园");
        long id = receipt.caseId();
        String ticket = receipt.ticket();
        String code = receipt.queryCode();
        String url = "/deputy/cases/" + id + "/co-deputies";
        String cityDeputy = city.username();
        long joinedBefore = joinedThisYear(cityDeputy);

        loop.as(cityDeputy, get("/deputy/cases/" + id)).andExpect(status().isNotFound());
        loop.post(cityDeputy, url, "code", city.code()).andExpect(status().isNotFound());
        loop.post(responsible.username(), url, "code", "nobody").andExpect(status().isBadRequest());
        loop.post(responsible.username(), url, "code", responsible.code()).andExpect(status().isBadRequest());
        loop.post(responsible.username(), url, "code", former.code()).andExpect(status().isBadRequest());
        loop.post(responsible.username(), url, "code", city.code()).andExpect(status().is3xxRedirection());
        loop.post(responsible.username(), url, "code", " " + district.code() + " ").andExpect(status().is3xxRedirection());
        loop.post(responsible.username(), url, "code", city.code()).andExpect(status().isBadRequest());

        // the co-deputy sees it in the workbench and on the case page, and cannot act on it
        // marked as joined, with who answers it: it is not the co-deputy's to reply to
        assertThat(page(cityDeputy, "/deputy")).contains(ticket).contains("联名 · " + responsible.name() + "负责答复");
        assertThat(page(responsible.username(), "/deputy")).contains(ticket).doesNotContain("联名 · ");
        assertThat(page(cityDeputy, "/deputy/cases/" + id)).contains("联名代表", "这条留言由其他代表负责办理");
        loop.post(cityDeputy, url, "code", otherCity.code()).andExpect(status().isForbidden());
        loop.post(cityDeputy, "/deputy/cases/" + id + "/request-dispatch").andExpect(status().isForbidden());
        assertThat(page(district.username(), "/deputy")).contains(ticket);
        assertThat(page(otherProvincial.username(), "/deputy")).doesNotContain(ticket);
        assertThat(joinedThisYear(cityDeputy)).isEqualTo(joinedBefore + 1);

        // dispatched, fed back: only the responsible deputy replies to the resident
        TestData.Person department = street.department();
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + department.id(),
                "dueDate", loop.due());
        loop.post(department.username(), "/department/assignments/" + loop.assignment(id, department.name()) + "/report",
                "feedback", "已协调");
        loop.post(cityDeputy, "/deputy/cases/" + id + "/reply-to-resident", "text", "x").andExpect(status().isForbidden());
        loop.post(responsible.username(), "/deputy/cases/" + id + "/reply-to-resident", "text", "已列入计划")
                .andExpect(status().is3xxRedirection());
        assertThat(loop.state(id)).isEqualTo("CLOSED");
        loop.post(responsible.username(), url, "code", otherCity.code()).andExpect(status().isConflict());

        assertThat(loop.track(ticket, code).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("市人大代表" + city.name() + "联名督办");
    }

    long joinedThisYear(String deputy) throws Exception {
        Matcher m = Pattern.compile("id=\"cases-joint\">(\\d+) 件").matcher(page(deputy, "/deputy/record"));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    String page(String user, String url) throws Exception {
        return loop.as(user, get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
