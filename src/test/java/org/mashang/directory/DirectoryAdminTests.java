package org.mashang.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.Staff;
import org.mashang.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every reference-data form, with valid input and with each kind of bad input. */
@IntegrationTest
class DirectoryAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    long count(String table) {
        return id("select count(*) from " + table);
    }

    /** A street of this class's own in a district with its bureaus (住建局), administered by the district's administrator. */
    @RegisterExtension
    static final PerClassData data = new PerClassData(s -> s.withDistrictCommittee("住建局"));

    long street() {
        return data.street().id();
    }

    long district() {
        return data.street().district();
    }

    long station() {
        return data.street().station();
    }

    /** The street's community, where its blocks are. */
    long community() {
        return id("select parent_id from region where id = " + data.street().block());
    }

    /** The name of a community, block … of the street: "测试社区-" + its key + what follows. */
    static String named(String rest) {
        return "测试社区-" + data.street().key() + rest;
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        var request = post(path).with(csrf()).with(Staff.as(users, data.street().districtAdmin()));
        fields.forEach((k, v) -> {
            if (v != null) {
                request.param(k, v);
            }
        });
        return request;
    }

    static Map<String, String> fields(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }

    void assertSaved(String path, Map<String, String> fields, String table) throws Exception {
        long before = count(table);
        mvc.perform(form(path, fields)).andExpect(status().is3xxRedirection());
        assertThat(count(table)).isEqualTo(before + 1);
    }

    void assertRefused(String path, Map<String, String> fields, String table, String message) throws Exception {
        long before = count(table);
        mvc.perform(form(path, fields)).andExpect(status().isBadRequest()).andExpect(content().string(containsString(message)));
        assertThat(count(table)).isEqualTo(before);
    }

    // regions

    @Test
    void regionsAreAddedUnderAParentAtADeeperLevel() throws Exception {
        String name = unique("测试社区");
        assertSaved("/admin/regions", fields("parentId", "" + street(), "level", "COMMUNITY", "name", name), "region");
        var path = jdbc.sql("select path from region where name = :n").param("n", name).query(String.class).single();
        long streetId = street();
        assertThat(path).contains("/" + streetId + "/");
        mvc.perform(get("/admin/regions").param("parent", "" + streetId).with(Staff.as(users, data.street().districtAdmin())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
    }

    @Test
    void regionFormRefusesBadInput() throws Exception {
        long street = street();
        assertRefused("/admin/regions", fields("parentId", "" + street, "level", "COMMUNITY", "name", " "), "region", "请填写名称");
        assertRefused("/admin/regions", fields("parentId", "" + street, "level", "COMMUNITY", "name", "长".repeat(101)), "region",
                "名称不能超过 100 个字");
        assertRefused("/admin/regions", fields("parentId", "" + street, "level", "CITY", "name", unique("市")), "region",
                "街道（乡镇）下不能再设市");
        assertRefused("/admin/regions", fields("parentId", "" + street, "level", "", "name", unique("x")), "region", "请选择层级");
        assertRefused("/admin/regions", fields("parentId", "" + street, "level", "PLANET", "name", unique("x")), "region",
                "请从列表中选择层级");
        assertRefused("/admin/regions", fields("parentId", "" + street, "level", "COMMUNITY", "name", named("")), "region",
                "同一上级下已有同名区域");
    }

    @Test
    void regionsAreRenamedAndDeactivated() throws Exception {
        String name = unique("改名社区");
        mvc.perform(form("/admin/regions", fields("parentId", "" + street(), "level", "COMMUNITY", "name", name)));
        long id = jdbc.sql("select id from region where name = :n").param("n", name).query(Long.class).single();
        mvc.perform(form("/admin/regions/" + id + "/rename", fields("name", name + "新"))).andExpect(status().is3xxRedirection());
        mvc.perform(form("/admin/regions/" + id + "/rename", fields("name", ""))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("名称不能为空")));
        mvc.perform(form("/admin/regions/" + id + "/active", fields("value", "false"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select active from region where id = :id").param("id", id).query(Boolean.class).single()).isFalse();
        mvc.perform(form("/admin/regions/999999/active", fields("value", "false"))).andExpect(status().isNotFound());
    }

    // constituencies

    @Test
    void constituencyForm() throws Exception {
        String name = unique("选区");
        assertSaved("/admin/constituencies", fields("regionId", "" + street(), "name", name, "description", "说明"), "constituency");
        assertRefused("/admin/constituencies", fields("regionId", "" + street(), "name", ""), "constituency", "请填写选区名称");
        assertRefused("/admin/constituencies", fields("regionId", "", "name", unique("x")), "constituency", "请选择所属区域");
        assertRefused("/admin/constituencies", fields("regionId", "" + street(), "name", name), "constituency", "该区域下已有同名选区");
        assertRefused("/admin/constituencies", fields("regionId", "" + street(), "name", unique("x"), "description", "长".repeat(501)),
                "constituency", "说明不能超过 500 个字");
        long block = data.street().blocks().get(0);
        assertRefused("/admin/constituencies", fields("regionId", "" + block, "name", unique("x")), "constituency",
                "选区应属于街道、区（县）或市");
        long id = jdbc.sql("select id from constituency where name = :n").param("n", name).query(Long.class).single();
        mvc.perform(form("/admin/constituencies/" + id, fields("regionId", "" + street(), "name", name + "改")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/constituencies/" + id).with(Staff.as(users, data.street().districtAdmin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name + "改")));
        mvc.perform(get("/admin/constituencies/999999").with(Staff.as(users, data.street().districtAdmin()))).andExpect(status().isNotFound());
    }

    // committees

    @Test
    void committeeForm() throws Exception {
        long region = jdbc.sql("insert into region (parent_id, level, name, path) values (:p, 'STREET', :n, '') returning id")
                .param("p", district()).param("n", unique("新街道")).query(Long.class).single();
        assertRefused("/admin/committees", fields("regionId", "" + region, "name", "新街道人大工委", "headPhone", "abc"), "committee",
                "电话号码格式不正确");
        assertRefused("/admin/committees", fields("regionId", "" + district(), "name", "区人大工委"), "committee",
                "人大工委应属于街道（乡镇）");
        assertRefused("/admin/committees", fields("regionId", "" + region, "name", ""), "committee", "请填写名称");
        assertSaved("/admin/committees", fields("regionId", "" + region, "name", "新街道人大工委", "headName", "张三",
                "headPhone", "0731-58889999"), "committee");
        assertRefused("/admin/committees", fields("regionId", "" + street(), "name", "第二个工委"), "committee", "该街道已有人大工委");
    }

    // stations

    @Test
    void stationForm() throws Exception {
        String name = unique("联络室");
        long community = community();
        assertSaved("/admin/stations", fields("regionId", "" + community, "name", name, "address", "桃源路1号", "phone", "13900001111",
                "openHours", "工作日 9:00-17:00"), "station");
        String code = jdbc.sql("select code from station where name = :n").param("n", name).query(String.class).single();
        assertThat(code).matches("[a-z2-9]{8}");
        assertRefused("/admin/stations", fields("regionId", "" + community, "name", name), "station", "该区域下已有同名联络站");
        assertRefused("/admin/stations", fields("regionId", "" + community, "name", unique("x"), "phone", "1234"), "station",
                "电话号码格式不正确");
        assertRefused("/admin/stations", fields("regionId", "" + district(), "name", unique("x")), "station",
                "联络站应设在街道（乡镇）、社区或村");
        assertRefused("/admin/stations", fields("regionId", "" + community, "name", unique("x"), "address", "长".repeat(201)),
                "station", "地址不能超过 200 个字");
    }

    // departments

    @Test
    void departmentFormTakesItsLevelFromItsRegion() throws Exception {
        String name = unique("应急局");
        assertSaved("/admin/departments", fields("regionId", "" + district(), "name", name, "phone", "0731-58881234"), "department");
        assertThat(jdbc.sql("select level from department where name = :n").param("n", name).query(String.class).single())
                .isEqualTo("DISTRICT");
        assertRefused("/admin/departments", fields("regionId", "" + district(), "name", data.street().districtCommittee().departments().get(0).name()), "department", "该区域下已有同名部门");
        long community = community();
        assertRefused("/admin/departments", fields("regionId", "" + community, "name", unique("x")), "department",
                "职能部门应属于街道、区（县）、市或省");
        assertRefused("/admin/departments", fields("regionId", "" + district(), "name", unique("x"), "phone", "12"), "department",
                "电话号码格式不正确");
        assertRefused("/admin/departments", fields("regionId", "999999", "name", unique("x")), "department", "所属区域不存在");
    }

    // categories

    @Test
    void categoryForm() throws Exception {
        String name = unique("类");
        assertSaved("/admin/categories", fields("name", name, "sortOrder", "5"), "category");
        assertRefused("/admin/categories", fields("name", name, "sortOrder", "5"), "category", "已有同名类别");
        assertRefused("/admin/categories", fields("name", "", "sortOrder", "5"), "category", "请填写类别名称");
        assertRefused("/admin/categories", fields("name", unique("x"), "sortOrder", "abc"), "category", "请填写整数");
        assertRefused("/admin/categories", fields("name", unique("x"), "sortOrder", "-1"), "category", "排序号应在 0 到 9999 之间");
        assertRefused("/admin/categories", fields("name", "长".repeat(51), "sortOrder", "1"), "category", "名称不能超过 50 个字");
        long id = jdbc.sql("select id from category where name = :n").param("n", name).query(Long.class).single();
        mvc.perform(form("/admin/categories/" + id + "/active", fields("value", "false"))).andExpect(status().is3xxRedirection());
        // a deactivated category is no longer offered to residents
        mvc.perform(get(data.street().deputyPage())).andExpect(content().string(org.hamcrest.Matchers.not(containsString(name))));
    }

    // deputies

    Map<String, String> deputy(String name) {
        long block = data.street().blocks().get(1);
        return fields("name", name, "level", "COUNTY", "officePhone", "0731-58887777", "stationId", "" + station(),
                "blockIds", "" + block, "intro", "测试代表", "termStart", "2022-01-01", "termEnd", "2027-12-31");
    }

    @Test
    void aDeputyGetsAnExclusiveCodeAndAPhoto() throws Exception {
        String name = unique("代表");
        long before = count("deputy");
        var request = multipart("/admin/deputies").file(new MockMultipartFile("photo", "me.jpg", "image/jpeg", TestImages.jpeg()))
                .with(csrf()).with(Staff.as(users, data.street().districtAdmin()));
        deputy(name).forEach(request::param);
        mvc.perform(request).andExpect(status().is3xxRedirection());
        assertThat(count("deputy")).isEqualTo(before + 1);
        String code = jdbc.sql("select code from deputy where name = :n").param("n", name).query(String.class).single();
        assertThat(code).matches("[a-z2-9]{8}");
        mvc.perform(get("/d/" + code)).andExpect(status().isOk()).andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(named("第2区块"))));
        mvc.perform(get("/d/" + code + "/photo")).andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"));
    }

    @Test
    void deputyFormRefusesBadInput() throws Exception {
        assertDeputyRefused(deputy(""), "请填写姓名");
        var noLevel = deputy(unique("代表"));
        noLevel.put("level", "");
        assertDeputyRefused(noLevel, "请选择代表层级");
        var badPhone = deputy(unique("代表"));
        badPhone.put("officePhone", "110");
        assertDeputyRefused(badPhone, "电话号码格式不正确");
        var backwards = deputy(unique("代表"));
        backwards.put("termEnd", "2020-01-01");
        assertDeputyRefused(backwards, "任期结束日期不能早于开始日期");
        var badDate = deputy(unique("代表"));
        badDate.put("termStart", "2022-13-45");
        assertDeputyRefused(badDate, "日期格式应为");
        var notABlock = deputy(unique("代表"));
        notABlock.put("blockIds", "" + street());
        assertDeputyRefused(notABlock, "不是区块");
        var noStation = deputy(unique("代表"));
        noStation.put("stationId", "");
        assertDeputyRefused(noStation, "请选择所在联络站");
    }

    @Test
    void aDeputyPhotoMustBeARealSmallImage() throws Exception {
        long before = count("deputy");
        var request = multipart("/admin/deputies").file(new MockMultipartFile("photo", "me.png", "image/png", "hello".getBytes()))
                .with(csrf()).with(Staff.as(users, data.street().districtAdmin()));
        deputy(unique("代表")).forEach(request::param);
        mvc.perform(request).andExpect(status().isBadRequest()).andExpect(content().string(containsString("照片不是 JPG 或 PNG 图片")));
        assertThat(count("deputy")).isEqualTo(before);

        byte[] big = new byte[20 * 1024 * 1024 + 10];
        System.arraycopy(TestImages.png(), 0, big, 0, 8);
        var large = multipart("/admin/deputies").file(new MockMultipartFile("photo", "big.png", "image/png", big))
                .with(csrf()).with(Staff.as(users, data.street().districtAdmin()));
        deputy(unique("代表")).forEach(large::param);
        mvc.perform(large).andExpect(status().isBadRequest()).andExpect(content().string(containsString("超过 20 MB")));
        assertThat(count("deputy")).isEqualTo(before);
    }

    @Test
    void aDeactivatedDeputysPageSaysSo() throws Exception {
        String name = unique("代表");
        var request = multipart("/admin/deputies").with(csrf()).with(Staff.as(users, data.street().districtAdmin()));
        deputy(name).forEach(request::param);
        mvc.perform(request).andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select id, code from deputy where name = :n").param("n", name).query().singleRow();
        mvc.perform(form("/admin/deputies/" + row.get("id") + "/active", fields("value", "false")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/d/" + row.get("code"))).andExpect(content().string(containsString("这位代表目前不在任")));
    }

    private void assertDeputyRefused(Map<String, String> fields, String message) throws Exception {
        long before = count("deputy");
        var request = multipart("/admin/deputies").with(csrf()).with(Staff.as(users, data.street().districtAdmin()));
        fields.forEach(request::param);
        mvc.perform(request).andExpect(status().isBadRequest()).andExpect(content().string(containsString(message)));
        assertThat(count("deputy")).isEqualTo(before);
    }
}
