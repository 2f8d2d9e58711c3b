package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.Staff;
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

    static final String HASH = "{bcrypt}$2a$10$emuDqxZswXrYmntSu.Fqi.Kj1PzPk1lUNDVbXhyQk6DWXO6r3lmKq";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    LoopDriver loop;

    /** A case in 万楼 (dispatched to 城管办, with a photo) and one in 云塘, another street of the district. */
    long wanlou;
    long wanlouAssignment;
    String wanlouPhoto;
    long yuntang;
    String yuntangTicket;

    @BeforeEach
    void twoStreets() throws Exception {
        loop = new LoopDriver(mvc, jdbc, users);
        long street = loop.id("select id from region where name = '云塘街道'");
        if (jdbc.sql("select count(*) from station where code = 'yuntang'").query(Long.class).single() == 0) {
            long station = jdbc.sql("insert into station (region_id, name, code) values (?, '云塘街道代表联络站', 'yuntang') returning id")
                    .param(1, street).query(Long.class).single();
            long deputy = jdbc.sql("""
                            insert into deputy (name, level, station_id, code, term_start, term_end)
                            values ('云塘代表', 'COUNTY', ?, 'yt01', date '2022-01-01', date '2027-12-31') returning id""")
                    .param(1, station).query(Long.class).single();
            long district = loop.id("select id from region where name = '雨湖区'");
            jdbc.sql("insert into department (region_id, name, level) values (?, '云塘城管办', 'STREET')").param(1, street).update();
            long ytDept = loop.id("select id from department where name = '云塘城管办'");
            jdbc.sql("""
                            insert into staff_user (username, password_hash, display_name, roles, region_id, deputy_id, department_id)
                            values ('yt-reviewer', ?, '云塘审核员', '{REVIEWER}', ?, null, null),
                                   ('yt-dispatcher', ?, '云塘交办员', '{DISPATCHER}', ?, null, null),
                                   ('yt-admin', ?, '云塘管理员', '{ADMIN}', ?, null, null),
                                   ('yt-deputy', ?, '云塘代表', '{DEPUTY}', ?, ?, null),
                                   ('yt-department', ?, '云塘城管办', '{DEPARTMENT}', ?, null, ?)""")
                    .param(1, HASH).param(2, street).param(3, HASH).param(4, street).param(5, HASH).param(6, street)
                    .param(7, HASH).param(8, street).param(9, deputy).param(10, HASH).param(11, street).param(12, ytDept).update();
            assertThat(district).isPositive();
        }
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/d/wl01")
                .file(new MockMultipartFile("photos", "p.png", "image/png", TestImages.png()))
                .param("text", "万楼的留言").param("categoryId", "" + loop.id("select min(id) from category"))
                .param("publicChoice", "false").param("submissionKey", java.util.UUID.randomUUID().toString())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        Receipt a = loop.receipt(mvc.perform(request).andReturn());
        wanlou = a.caseId();
        wanlouPhoto = jdbc.sql("select file_id::text from case_photo where case_id = ?").param(1, wanlou).query(String.class).single();
        loop.post(Staff.REVIEWER, "/review/cases/" + wanlou + "/accept");
        loop.post(Staff.DEPUTY, "/deputy/cases/" + wanlou + "/reply", "text", "收到", "requestDispatch", "true");
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + wanlou + "/dispatch", "departmentIds", "" + loop.department("城管办"),
                "dueDate", loop.due());
        wanlouAssignment = loop.assignment(wanlou, "城管办");
        assertThat(loop.state(wanlou)).isEqualTo("DISPATCHED");

        Receipt b = loop.submit("/d/yt01", "云塘的留言", null, null, true, null);
        yuntang = b.caseId();
        yuntangTicket = b.ticket();
    }

    @Test
    void reviewersSeeTheirStreetOnly() throws Exception {
        loop.as(Staff.REVIEWER, get("/review/cases/" + yuntang)).andExpect(status().isNotFound());
        loop.post(Staff.REVIEWER, "/review/cases/" + yuntang + "/accept").andExpect(status().isNotFound());
        loop.post(Staff.REVIEWER, "/review/cases/" + yuntang + "/reject", "reason", "其他", "detail", "x").andExpect(status().isNotFound());
        loop.as(Staff.REVIEWER, get("/review")).andExpect(content().string(not(containsString(yuntangTicket))));
        loop.as("yt-reviewer", get("/review/cases/" + wanlou)).andExpect(status().isNotFound());
        loop.as("yt-reviewer", get("/review")).andExpect(content().string(containsString(yuntangTicket)));
        loop.as("yt-reviewer", get("/review/cases/" + yuntang)).andExpect(status().isOk());
        assertThat(loop.state(yuntang)).isEqualTo("SUBMITTED");
    }

    @Test
    void deputiesSeeTheirOwnAndTheirStationPool() throws Exception {
        loop.as(Staff.DEPUTY, get("/deputy/cases/" + wanlou)).andExpect(status().isOk());
        loop.as("daibiao02", get("/deputy/cases/" + wanlou)).andExpect(status().isNotFound());
        loop.post("daibiao02", "/deputy/cases/" + wanlou + "/resolve", "text", "x").andExpect(status().isNotFound());
        loop.as("yt-deputy", get("/deputy/cases/" + wanlou)).andExpect(status().isNotFound());
        loop.as(Staff.DEPUTY, get("/deputy/cases/" + yuntang)).andExpect(status().isNotFound());
        loop.as("yt-deputy", get("/deputy/cases/" + yuntang)).andExpect(status().isOk());
        loop.as("daibiao02", get("/deputy")).andExpect(content().string(not(containsString(ticket(wanlou)))));
    }

    @Test
    void departmentsSeeOnlyTheirAssignments() throws Exception {
        loop.as("chengguan", get("/department/assignments/" + wanlouAssignment)).andExpect(status().isOk());
        loop.as("zhujian", get("/department/assignments/" + wanlouAssignment)).andExpect(status().isNotFound());
        loop.post("zhujian", "/department/assignments/" + wanlouAssignment + "/report", "feedback", "x").andExpect(status().isNotFound());
        loop.post("yt-department", "/department/assignments/" + wanlouAssignment + "/return", "reason", "x")
                .andExpect(status().isNotFound());
        loop.as("zhujian", get("/department")).andExpect(content().string(not(containsString(ticket(wanlou)))));
        assertThat(loop.state(wanlou)).isEqualTo("DISPATCHED");
    }

    @Test
    void dispatchersSeeTheirStreetOnly() throws Exception {
        loop.as(Staff.DISPATCHER, get("/dispatch/cases/" + wanlou)).andExpect(status().isOk());
        loop.as("yt-dispatcher", get("/dispatch/cases/" + wanlou)).andExpect(status().isNotFound());
        loop.post("yt-dispatcher", "/dispatch/cases/" + wanlou + "/dispatch", "departmentIds", "" + loop.department("城管办"),
                "dueDate", loop.due()).andExpect(status().isNotFound());
        loop.as(Staff.DISPATCHER, get("/dispatch/cases/" + yuntang)).andExpect(status().isNotFound());
    }

    @Test
    void adminsSeeTheStreetsOfTheirRegion() throws Exception {
        loop.as(Staff.ADMIN, get("/admin/cases/" + wanlou)).andExpect(status().isOk());
        loop.as(Staff.ADMIN, get("/admin/cases/" + yuntang)).andExpect(status().isOk());
        loop.as("yt-admin", get("/admin/cases/" + yuntang)).andExpect(status().isOk());
        loop.as("yt-admin", get("/admin/cases/" + wanlou)).andExpect(status().isNotFound());
        loop.as("yt-admin", get("/staff/search?as=ADMIN")).andExpect(content().string(not(containsString(ticket(wanlou)))))
                .andExpect(content().string(containsString(yuntangTicket)));
    }

    @Test
    void filesFollowTheirCasesScope() throws Exception {
        String url = "/staff/cases/" + wanlou + "/files/" + wanlouPhoto;
        loop.as(Staff.REVIEWER, get(url)).andExpect(status().isOk());
        loop.as(Staff.DEPUTY, get(url)).andExpect(status().isOk());
        loop.as("chengguan", get(url)).andExpect(status().isOk());
        loop.as("zhujian", get(url)).andExpect(status().isNotFound());
        loop.as("yt-reviewer", get(url)).andExpect(status().isNotFound());
        loop.as("daibiao02", get(url)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + ticket(wanlou) + "/files/" + wanlouPhoto)).andExpect(status().isNotFound());
    }

    @Test
    void theResidentNeedsTheRightCode() throws Exception {
        loop.onCase(yuntangTicket, "00000000", "evaluate", "satisfaction", "SATISFIED").andExpect(status().isNotFound());
        mvc.perform(get("/track/" + ticket(wanlou) + "/files/" + wanlouPhoto)).andExpect(status().isNotFound());
        loop.as(Staff.ADMIN, get("/track/" + ticket(wanlou) + "/files/" + wanlouPhoto)).andExpect(status().isNotFound());
    }

    private String ticket(long id) {
        return jdbc.sql("select ticket from cases where id = ?").param(1, id).query(String.class).single();
    }
}
