package org.mashang.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.Staff;
import org.mashang.cases.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The dispatch catalogue (派单目录): kept by the administrator, proposing departments on the dispatcher's form. */
@IntegrationTest
class RoutingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    LoopDriver loop;
    long street;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        street = loop.id("select id from region where name = '万楼街道'");
        emptyTheCatalogue(); // the demo's lines too: each test builds its own
    }

    @AfterEach
    void emptyTheCatalogue() {
        // other tests pick departments by hand and must not find them pre-selected
        jdbc.sql("delete from routing_rule").update();
    }

    String page(String user, String url) throws Exception {
        return loop.as(user, get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The dispatch form's checkbox line of one department. */
    static String label(String form, String department) {
        String from = form.substring(form.lastIndexOf("<label", form.indexOf(">" + department + "<")));
        return from.substring(0, from.indexOf("</label>"));
    }

    void addRule(String area, String lead, String co, int days) throws Exception {
        loop.post(Staff.ADMIN, "/admin/routing/" + street + "/rules",
                "categoryId", Long.toString(loop.id("select id from category where name = '市容环境'")),
                "areaId", Long.toString(loop.id("select id from region where name = ?", area)),
                "leadDepartmentId", Long.toString(loop.department(lead)), "coDepartmentIds", Long.toString(loop.department(co)),
                "deadlineDays", Integer.toString(days)).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
    }

    @Test
    void theDispatchersFormPreSelectsTheMostSpecificRuleAndSaysWhenThereIsNone() throws Exception {
        long id = loop.acceptedAndReplied("莲城大道人行道上摆摊占道，行人只能走机动车道。");
        assertThat(page(Staff.DISPATCHER, "/dispatch/cases/" + id)).contains("派单目录中没有这类问题在本区域的规则");

        addRule("万楼街道", "城管办", "执法中队", 5);
        addRule("万楼社区第1区块", "综治办", "城管办", 7);
        String form = page(Staff.DISPATCHER, "/dispatch/cases/" + id);
        assertThat(form).contains("已按派单目录（市容环境 · 万楼社区第1区块）");
        assertThat(label(form, "综治办")).contains("按派单目录 · 主办").contains("checked");
        assertThat(label(form, "城管办")).contains("按派单目录 · 协办");
        assertThat(label(form, "执法中队")).doesNotContain("按派单目录");

        assertThat(page(Staff.ADMIN, "/admin/routing?region=" + street)).contains("万楼社区 › 万楼社区第1区块").contains("综治办");
    }

    @Test
    void aLineNamingTheDistrictsBureausTellsTheStreetToTransferUpAndIsPreSelectedOnceTheDistrictHoldsTheCase() throws Exception {
        long district = loop.id("select id from region where name = '雨湖区'");
        long education = loop.id("select id from category where name = '教育'");
        loop.post(Staff.ADMIN, "/admin/routing/" + district + "/rules", "categoryId", Long.toString(education),
                "areaId", Long.toString(district), "leadDepartmentId", Long.toString(loop.department("教育局")),
                "coDepartmentIds", Long.toString(loop.department("住建局")), "deadlineDays", "10")
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        long id = loop.acceptedAndReplied("片区没有公办幼儿园，孩子上学要跨两个街道。");
        jdbc.sql("update cases set category_id = ? where id = ?").params(education, id).update();

        // the street's form offers its own offices only: the line says where the case belongs instead of pre-selecting
        String street = page(Staff.DISPATCHER, "/dispatch/cases/" + id);
        assertThat(street).contains("派单目录（教育 · 雨湖区）：教育局 主办、住建局 协办，不是本级交办的部门，请转送雨湖区人大常委会办理。")
                .doesNotContain("已按派单目录").doesNotContain("派单目录中没有");
        loop.post(Staff.DISPATCHER, "/dispatch/cases/" + id + "/transfer", "reason", "新建幼儿园属区教育局职责")
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));

        String form = page("qujiaoban", "/dispatch/cases/" + id);
        assertThat(form).contains("已按派单目录（教育 · 雨湖区）").doesNotContain("不是本级交办的部门");
        assertThat(label(form, "教育局")).contains("按派单目录 · 主办").contains("checked");
        assertThat(label(form, "住建局")).contains("按派单目录 · 协办").contains("checked");
    }

    @Test
    void badLinesAreRefusedWithTheReason() throws Exception {
        var refused = loop.post(Staff.ADMIN, "/admin/routing/" + street + "/rules",
                "categoryId", Long.toString(loop.id("select id from category where name = '市容环境'")),
                "areaId", Long.toString(street), "leadDepartmentId", Long.toString(loop.department("城管办")),
                "coDepartmentIds", Long.toString(loop.department("城管办")), "deadlineDays", "5").andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("主办部门不能同时是协办部门");
        var noDays = loop.post(Staff.ADMIN, "/admin/routing/" + street + "/rules",
                "categoryId", Long.toString(loop.id("select id from category where name = '市容环境'")),
                "areaId", Long.toString(street), "leadDepartmentId", Long.toString(loop.department("城管办")),
                "deadlineDays", "99").andReturn().getResponse();
        assertThat(noDays.getStatus()).isEqualTo(400);
        assertThat(noDays.getContentAsString(StandardCharsets.UTF_8)).contains("办理期限应为 1 到 60 个工作日");
        assertThat(jdbc.sql("select count(*) from routing_rule").query(Long.class).single()).isZero();
    }

    @Test
    void theCatalogueGoesOutAndComesBackAsCsvAllOrNothing() throws Exception {
        addRule("万楼街道", "城管办", "执法中队", 5);
        var exported = loop.as(Staff.ADMIN, get("/admin/routing/" + street + "/export.csv")).andReturn().getResponse();
        String csv = new String(exported.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF类别,区域,主办部门").contains("市容环境,万楼街道,城管办,执法中队,5");

        String edited = csv + "市容环境,万楼社区 › 万楼社区第2区块,综治办,城管办、执法中队,8\r\n不存在的类别,万楼街道,城管办,,5\r\n";
        var bad = loop.as(Staff.ADMIN, multipart("/admin/routing/" + street + "/import")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", edited.getBytes(StandardCharsets.UTF_8)))).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("第 4 行：类别「不存在的类别」不存在");
        assertThat(jdbc.sql("select count(*) from routing_rule").query(Long.class).single()).isEqualTo(1);

        String good = edited.substring(0, edited.indexOf("不存在的类别")).replace(",5\r\n", ",6\r\n");
        loop.as(Staff.ADMIN, multipart("/admin/routing/" + street + "/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8))))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(jdbc.sql("select deadline_days from routing_rule order by deadline_days").query(Integer.class).list()).containsExactly(6, 8);
    }
}
