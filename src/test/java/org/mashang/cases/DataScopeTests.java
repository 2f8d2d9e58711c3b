package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.TestData;
import org.mashang.TestImages;
import org.mashang.cases.internal.Receipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each role sees only its scope: a deputy their own and their station pool, a department its assignments,
 * committee staff their street, admins their region. Other cases' ids tried directly are not found.
 */
@IntegrationTest
class DataScopeTests {

    /** Two streets of one district, made once for this class (each test adds its own two cases), retired after it. */
    static TestData data;
    static TestData.Street one;
    static TestData.Street other;

    @AfterAll
    static void retire() {
        if (data != null) {
            data.close();
            data = null;
            one = null;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    LoopDriver loop;

    /** A case in the one street (dispatched to its first office, with a photo) and one in the other. */
    long oneCase;
    long oneAssignment;
    String onePhoto;
    long yuntang;
    String yuntangTicket;

    @BeforeEach
    void twoStreets() throws Exception {
        loop = new LoopDriver(mvc, jdbc, users);
        if (one == null) {
            data = TestData.of(mvc);
            one = data.street().deputies(2).departments("城管办", "住建局").create();
            other = data.street().nextTo(one).create();
        }
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(one.deputyPage())
                .file(new MockMultipartFile("photos", "p.png", "image/png", TestImages.png()))
                .param("text", "万楼的留言").param("categoryId", "" + one.category())
                .param("publicChoice", "false").param("submissionKey", java.util.UUID.randomUUID().toString())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        Receipt a = loop.receipt(mvc.perform(request).andReturn());
        oneCase = a.caseId();
        onePhoto = jdbc.sql("select file_id::text from case_photo where case_id = ?").param(1, oneCase).query(String.class).single();
        loop.post(one.reviewer(), "/review/cases/" + oneCase + "/accept");
        loop.post(deputy(), "/deputy/cases/" + oneCase + "/reply", "text", "收到", "requestDispatch", "true");
        loop.post(one.dispatcher(), "/dispatch/cases/" + oneCase + "/dispatch", "departmentIds", "" + one.department().id(),
                "dueDate", loop.due());
        oneAssignment = loop.assignment(oneCase, one.department().name());
        assertThat(loop.state(oneCase)).isEqualTo("DISPATCHED");

        Receipt b = other.caseIn(CaseState.SUBMITTED, "云塘的留言");
        yuntang = b.caseId();
        yuntangTicket = b.ticket();
    }

    /** The deputy whose page the case was left at. */
    static String deputy() {
        return one.deputy().username();
    }

    /** Another deputy of the same station. */
    static String otherDeputy() {
        return one.deputies().get(1).username();
    }

    /** The office the case went to, and another office of the same street. */
    static String department() {
        return one.department().username();
    }

    static String otherDepartment() {
        return one.departments().get(1).username();
    }

    @Test
    void reviewersSeeTheirStreetOnly() throws Exception {
        loop.as(one.reviewer(), get("/review/cases/" + yuntang)).andExpect(status().isNotFound());
        loop.post(one.reviewer(), "/review/cases/" + yuntang + "/accept").andExpect(status().isNotFound());
        loop.post(one.reviewer(), "/review/cases/" + yuntang + "/reject", "reason", "其他", "detail", "x").andExpect(status().isNotFound());
        loop.as(one.reviewer(), get("/review")).andExpect(content().string(not(containsString(yuntangTicket))));
        loop.as(other.reviewer(), get("/review/cases/" + oneCase)).andExpect(status().isNotFound());
        loop.as(other.reviewer(), get("/review")).andExpect(content().string(containsString(yuntangTicket)));
        loop.as(other.reviewer(), get("/review/cases/" + yuntang)).andExpect(status().isOk());
        assertThat(loop.state(yuntang)).isEqualTo("SUBMITTED");
    }

    @Test
    void deputiesSeeTheirOwnAndTheirStationPool() throws Exception {
        loop.as(deputy(), get("/deputy/cases/" + oneCase)).andExpect(status().isOk());
        loop.as(otherDeputy(), get("/deputy/cases/" + oneCase)).andExpect(status().isNotFound());
        loop.post(otherDeputy(), "/deputy/cases/" + oneCase + "/resolve", "text", "x").andExpect(status().isNotFound());
        loop.as(other.deputy().username(), get("/deputy/cases/" + oneCase)).andExpect(status().isNotFound());
        loop.as(deputy(), get("/deputy/cases/" + yuntang)).andExpect(status().isNotFound());
        loop.as(other.deputy().username(), get("/deputy/cases/" + yuntang)).andExpect(status().isOk());
        loop.as(otherDeputy(), get("/deputy")).andExpect(content().string(not(containsString(ticket(oneCase)))));
    }

    @Test
    void departmentsSeeOnlyTheirAssignments() throws Exception {
        loop.as(department(), get("/department/assignments/" + oneAssignment)).andExpect(status().isOk());
        loop.as(otherDepartment(), get("/department/assignments/" + oneAssignment)).andExpect(status().isNotFound());
        loop.post(otherDepartment(), "/department/assignments/" + oneAssignment + "/report", "feedback", "x")
                .andExpect(status().isNotFound());
        loop.post(other.department().username(), "/department/assignments/" + oneAssignment + "/return", "reason", "x")
                .andExpect(status().isNotFound());
        loop.as(otherDepartment(), get("/department")).andExpect(content().string(not(containsString(ticket(oneCase)))));
        assertThat(loop.state(oneCase)).isEqualTo("DISPATCHED");
    }

    @Test
    void dispatchersSeeTheirStreetOnly() throws Exception {
        loop.as(one.dispatcher(), get("/dispatch/cases/" + oneCase)).andExpect(status().isOk());
        loop.as(other.dispatcher(), get("/dispatch/cases/" + oneCase)).andExpect(status().isNotFound());
        loop.post(other.dispatcher(), "/dispatch/cases/" + oneCase + "/dispatch", "departmentIds", "" + one.department().id(),
                "dueDate", loop.due()).andExpect(status().isNotFound());
        loop.as(one.dispatcher(), get("/dispatch/cases/" + yuntang)).andExpect(status().isNotFound());
    }

    @Test
    void adminsSeeTheStreetsOfTheirRegion() throws Exception {
        loop.as(one.districtAdmin(), get("/admin/cases/" + oneCase)).andExpect(status().isOk());
        loop.as(one.districtAdmin(), get("/admin/cases/" + yuntang)).andExpect(status().isOk());
        loop.as(other.admin(), get("/admin/cases/" + yuntang)).andExpect(status().isOk());
        loop.as(other.admin(), get("/admin/cases/" + oneCase)).andExpect(status().isNotFound());
        loop.as(other.admin(), get("/staff/search?as=ADMIN")).andExpect(content().string(not(containsString(ticket(oneCase)))))
                .andExpect(content().string(containsString(yuntangTicket)));
    }

    @Test
    void filesFollowTheirCasesScope() throws Exception {
        String url = "/staff/cases/" + oneCase + "/files/" + onePhoto;
        loop.as(one.reviewer(), get(url)).andExpect(status().isOk());
        loop.as(deputy(), get(url)).andExpect(status().isOk());
        loop.as(department(), get(url)).andExpect(status().isOk());
        loop.as(otherDepartment(), get(url)).andExpect(status().isNotFound());
        loop.as(other.reviewer(), get(url)).andExpect(status().isNotFound());
        loop.as(otherDeputy(), get(url)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + ticket(oneCase) + "/files/" + onePhoto)).andExpect(status().isNotFound());
    }

    @Test
    void theResidentNeedsTheRightCode() throws Exception {
        loop.onCase(yuntangTicket, "00000000", "evaluate", "satisfaction", "SATISFIED").andExpect(status().isNotFound());
        mvc.perform(get("/track/" + ticket(oneCase) + "/files/" + onePhoto)).andExpect(status().isNotFound());
        loop.as(one.districtAdmin(), get("/track/" + ticket(oneCase) + "/files/" + onePhoto)).andExpect(status().isNotFound());
    }

    private String ticket(long id) {
        return jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
    }
}
