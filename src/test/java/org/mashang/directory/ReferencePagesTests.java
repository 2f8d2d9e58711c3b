package org.mashang.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The six reference-data pages, each through the same story of the generic admin: the list, a missing item,
 * a required field left blank, an item added and switched off. A kind added to the directory gets a row here.
 */
@IntegrationTest
class ReferencePagesTests {

    /** Each kind: its page, its table, its heading, and what a required field left blank is told. */
    enum Kind {
        REGIONS("/admin/regions", "region", "区域", "name", "请填写名称"),
        CONSTITUENCIES("/admin/constituencies", "constituency", "选区", "name", "请填写选区名称"),
        COMMITTEES("/admin/committees", "committee", "人大工委", "regionId", "请选择所属街道"),
        STATIONS("/admin/stations", "station", "代表联络站", "name", "请填写联络站名称"),
        DEPARTMENTS("/admin/departments", "department", "职能部门", "regionId", "请选择所属区域"),
        CATEGORIES("/admin/categories", "category", "问题类别", "name", "请填写类别名称");

        final String path;
        final String table;
        final String heading;
        final String required;
        final String blankMessage;

        Kind(String path, String table, String heading, String required, String blankMessage) {
            this.path = path;
            this.table = table;
            this.heading = heading;
            this.required = required;
            this.blankMessage = blankMessage;
        }
    }

    /** The pages are used by the administrator of a district of this class's own, on its street, community and district. */
    @RegisterExtension
    static final PerClassData data = new PerClassData();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    long id(String sql, String name) {
        return jdbc.sql(sql).param("n", name).query(Long.class).single();
    }

    long street() {
        return data.street().id();
    }

    /** Valid input for a new item of the kind, named {@code name}. */
    Map<String, String> valid(Kind kind, String name) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        switch (kind) {
            case REGIONS -> {
                fields.put("parentId", "" + street());
                fields.put("level", "COMMUNITY");
            }
            case CONSTITUENCIES -> fields.put("regionId", "" + street());
            case COMMITTEES -> fields.put("regionId", "" + newStreet());
            case STATIONS -> fields.put("regionId", "" + jdbc.sql("select parent_id from region where id = ?")
                    .param(data.street().block()).query(Long.class).single());
            case DEPARTMENTS -> fields.put("regionId", "" + data.street().district());
            case CATEGORIES -> fields.put("sortOrder", "7");
        }
        return fields;
    }

    /** A street of its own, since a street has one committee. */
    long newStreet() throws Exception {
        String name = unique("测试街道");
        long district = data.street().district();
        mvc.perform(form("/admin/regions", Map.of("parentId", "" + district, "level", "STREET", "name", name)))
                .andExpect(status().is3xxRedirection());
        return id("select id from region where name = :n", name);
    }

    /** Where the kind's actions come back to: regions to the level the item is on. */
    String listOf(Kind kind) {
        return kind == Kind.REGIONS ? kind.path + "?parent=" + street() : kind.path;
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        var request = post(path).with(csrf()).with(Staff.as(users, data.street().districtAdmin()));
        fields.forEach(request::param);
        return request;
    }

    long count(Kind kind) {
        return jdbc.sql("select count(*) from " + kind.table).query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theListOpensForAnAdministrator(Kind kind) throws Exception {
        mvc.perform(get(kind.path).with(Staff.as(users, data.street().districtAdmin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>" + kind.heading + "</h1>")))
                .andExpect(content().string(containsString("<table class=\"list\">")))
                .andExpect(content().string(containsString("action=\"" + kind.path + "\"")));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMissingItemIsNotFound(Kind kind) throws Exception {
        // regions have no edit page: the missing item is a level of the tree
        String missing = kind == Kind.REGIONS ? kind.path + "?parent=999999" : kind.path + "/999999";
        mvc.perform(get(missing).with(Staff.as(users, data.street().districtAdmin()))).andExpect(status().isNotFound());
        mvc.perform(form(kind.path + "/999999/active", Map.of("value", "false"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aBlankRequiredFieldShowsTheFormAgain(Kind kind) throws Exception {
        String name = unique("未存");
        Map<String, String> fields = valid(kind, name);
        fields.put(kind.required, " ");
        long before = count(kind);
        var page = mvc.perform(form(kind.path, fields)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(kind.blankMessage)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<form action=\"" + kind.path + "\" method=\"post\">");
        if (!kind.required.equals("name")) {
            assertThat(page).as("what was typed is kept").contains("value=\"" + name + "\"");
        }
        assertThat(count(kind)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAddedItemIsListedAndSwitchedOff(Kind kind) throws Exception {
        String name = unique("新");
        mvc.perform(form(kind.path, valid(kind, name))).andExpect(redirectedUrl(listOf(kind)))
                .andExpect(flash().attribute("flash", containsString(name)));
        mvc.perform(get(listOf(kind)).with(Staff.as(users, data.street().districtAdmin()))).andExpect(content().string(containsString(name)));
        long id = id("select id from " + kind.table + " where name = :n", name);
        mvc.perform(form(kind.path + "/" + id + "/active", Map.of("value", "false"))).andExpect(redirectedUrl(listOf(kind)))
                .andExpect(flash().attribute("flash", "已停用"));
        assertThat(jdbc.sql("select active from " + kind.table + " where id = :id").param("id", id).query(Boolean.class).single())
                .isFalse();
    }
}
