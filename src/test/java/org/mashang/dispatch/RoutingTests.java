package org.mashang.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData.Person;
import org.mashang.TestData.Street;
import org.mashang.cases.CaseState;
import org.mashang.cases.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dispatch catalogue (派单目录): kept by the administrator, proposing departments on the dispatcher's form. On a
 * street of each test's own with the street offices 城管办, 执法中队, 综治办, and its district's 教育局 and 住建局; the
 * administrator is its district's.
 */
@IntegrationTest
class RoutingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;
    Street own;
    long street;
    String admin;
    String category;
    /** The street's 城管办, 执法中队 and 综治办 as named (with the street's key). */
    String cityOffice;
    String zhifa;
    String zongzhi;
    /** The street's name and its first community's, as the catalogue names areas. */
    String streetName;
    String community;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        own = data.street().departments("城管办", "执法中队", "综治办").withDistrictCommittee("教育局", "住建局").create();
        street = own.id();
        admin = own.districtAdmin();
        category = Long.toString(own.category());
        cityOffice = own.departments().get(0).name();
        zhifa = own.departments().get(1).name();
        zongzhi = own.departments().get(2).name();
        streetName = "测试街道-" + own.key();
        community = "测试社区-" + own.key();
        emptyTheCatalogue(); // the demo's lines too: each test builds its own
    }

    long acceptedAndReplied(String text) throws Exception {
        return own.caseIn(CaseState.DISPATCH_REQUESTED, text).caseId();
    }

    Person bureau(int index) {
        return own.districtCommittee().departments().get(index);
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

    void addRule(long area, String lead, String co, int days) throws Exception {
        loop.post(admin, "/admin/routing/" + street + "/rules", "categoryId", category, "areaId", Long.toString(area),
                "leadDepartmentId", Long.toString(loop.department(lead)), "coDepartmentIds", Long.toString(loop.department(co)),
                "deadlineDays", Integer.toString(days)).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
    }

    @Test
    void theDispatchersFormPreSelectsTheMostSpecificRuleAndSaysWhenThereIsNone() throws Exception {
        long id = acceptedAndReplied("莲城大道人行道上摆摊占道，行人只能走机动车道。");
        assertThat(page(own.dispatcher(), "/dispatch/cases/" + id)).contains("派单目录中没有这类问题在本区域的规则");

        addRule(street, cityOffice, zhifa, 5);
        addRule(own.block(), zongzhi, cityOffice, 7);
        String form = page(own.dispatcher(), "/dispatch/cases/" + id);
        assertThat(form).contains("已按派单目录（测试类别 · " + community + "第1区块）");
        assertThat(label(form, zongzhi)).contains("按派单目录 · 主办").contains("checked");
        assertThat(label(form, cityOffice)).contains("按派单目录 · 协办");
        assertThat(label(form, zhifa)).doesNotContain("按派单目录");

        assertThat(page(admin, "/admin/routing?region=" + street)).contains(community + " › " + community + "第1区块").contains(zongzhi);
    }

    @Test
    void aLineNamingTheDistrictsBureausTellsTheStreetToTransferUpAndIsPreSelectedOnceTheDistrictHoldsTheCase() throws Exception {
        long district = own.district();
        String districtName = "测试区-" + own.key();
        long education = loop.id("select id from category where name = '教育'");
        loop.post(admin, "/admin/routing/" + district + "/rules", "categoryId", Long.toString(education),
                "areaId", Long.toString(district), "leadDepartmentId", Long.toString(bureau(0).id()),
                "coDepartmentIds", Long.toString(bureau(1).id()), "deadlineDays", "10")
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        long id = acceptedAndReplied("片区没有公办幼儿园，孩子上学要跨两个街道。");
        jdbc.sql("update cases set category_id = ? where id = ?").params(education, id).update();

        // the street's form offers its own offices only: the line says where the case belongs instead of pre-selecting
        String street = page(own.dispatcher(), "/dispatch/cases/" + id);
        assertThat(street).contains("派单目录（教育 · " + districtName + "）：" + bureau(0).name() + " 主办、" + bureau(1).name()
                        + " 协办，不是本级交办的部门，请转送" + districtName + "人大常委会办理。")
                .doesNotContain("已按派单目录").doesNotContain("派单目录中没有");
        loop.post(own.dispatcher(), "/dispatch/cases/" + id + "/transfer", "reason", "新建幼儿园属区教育局职责")
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));

        String form = page(own.districtCommittee().dispatcher(), "/dispatch/cases/" + id);
        assertThat(form).contains("已按派单目录（教育 · " + districtName + "）").doesNotContain("不是本级交办的部门");
        assertThat(label(form, bureau(0).name())).contains("按派单目录 · 主办").contains("checked");
        assertThat(label(form, bureau(1).name())).contains("按派单目录 · 协办").contains("checked");
    }

    @Test
    void badLinesAreRefusedWithTheReason() throws Exception {
        String office = Long.toString(own.department().id());
        var refused = loop.post(admin, "/admin/routing/" + street + "/rules", "categoryId", category,
                "areaId", Long.toString(street), "leadDepartmentId", office, "coDepartmentIds", office, "deadlineDays", "5").andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("主办部门不能同时是协办部门");
        var noDays = loop.post(admin, "/admin/routing/" + street + "/rules", "categoryId", category,
                "areaId", Long.toString(street), "leadDepartmentId", office, "deadlineDays", "99").andReturn().getResponse();
        assertThat(noDays.getStatus()).isEqualTo(400);
        assertThat(noDays.getContentAsString(StandardCharsets.UTF_8)).contains("办理期限应为 1 到 60 个工作日");
        assertThat(jdbc.sql("select count(*) from routing_rule").query(Long.class).single()).isZero();
    }

    @Test
    void theCatalogueGoesOutAndComesBackAsCsvAllOrNothing() throws Exception {
        addRule(street, cityOffice, zhifa, 5);
        var exported = loop.as(admin, get("/admin/routing/" + street + "/export.csv")).andReturn().getResponse();
        String csv = new String(exported.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF类别,区域,主办部门").contains("测试类别," + streetName + "," + cityOffice + "," + zhifa + ",5");

        String edited = csv + "测试类别," + community + " › " + community + "第2区块," + zongzhi + "," + cityOffice + "、" + zhifa
                + ",8\r\n不存在的类别," + streetName + "," + cityOffice + ",,5\r\n";
        var bad = loop.as(admin, multipart("/admin/routing/" + street + "/import")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", edited.getBytes(StandardCharsets.UTF_8)))).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("第 4 行：类别「不存在的类别」不存在");
        assertThat(jdbc.sql("select count(*) from routing_rule").query(Long.class).single()).isEqualTo(1);

        String good = edited.substring(0, edited.indexOf("不存在的类别")).replace(",5\r\n", ",6\r\n");
        loop.as(admin, multipart("/admin/routing/" + street + "/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8))))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(jdbc.sql("select deadline_days from routing_rule order by deadline_days").query(Integer.class).list()).containsExactly(6, 8);
    }
}
