package org.mashang.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Templates in Chinese and English, edited by the administrator with their placeholders checked on save. The
 * administrator is a district's, of a street of the test's own.
 */
@IntegrationTest
class TemplateTests {

    @Autowired
    NotificationTemplates templates;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    private String admin;

    /** A district's administrator, of a new street. */
    String admin() {
        if (admin == null) {
            admin = data.street().create().districtAdmin();
        }
        return admin;
    }

    NotificationTemplates.Template template(String key, String locale) {
        return templates.all().stream().filter(t -> t.templateKey().equals(key) && t.locale().equals(locale)).findFirst()
                .orElseThrow();
    }

    ResultActions save(long id, String subject, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/admin/notifications/templates/" + id).param("subject", subject)
                .param("body", body).with(csrf()).with(Staff.as(users, admin())));
    }

    @Test
    void everyNotificationHasAValidTemplateInChineseAndEnglish() {
        Set<String> keys = TemplateCatalog.all().stream().map(TemplateCatalog.Definition::key).collect(Collectors.toSet());
        assertThat(templates.all().stream().map(NotificationTemplates.Template::templateKey).collect(Collectors.toSet()))
                .isEqualTo(keys);
        for (var t : templates.all()) {
            assertThat(NotificationTemplates.LOCALES).contains(t.locale());
            assertThat(NotificationTemplates.problem(t.definition(), t.body(), true)).as("%s %s", t.templateKey(), t.locale()).isEmpty();
            assertThat(NotificationTemplates.problem(t.definition(), t.subject(), false)).isEmpty();
        }
        assertThat(templates.all()).hasSize(keys.size() * 2);
    }

    @Test
    void placeholdersAreFilledInAndTheLocaleFallsBackToChinese() {
        var zh = templates.render("resident-accepted", "zh-CN", Map.of("ticket", "T-1", "deputyName", "刘春华", "link", "L"));
        assertThat(zh.body()).isEqualTo("您的留言（受理编号 T-1）已受理，由刘春华代表办理。查看办理进度：L");
        var en = templates.render("resident-accepted", "en", Map.of("ticket", "T-1", "deputyName", "Liu", "link", "L"));
        assertThat(en.body()).startsWith("Your message T-1 has been accepted");
        var fallback = templates.render("resident-accepted", "fr", Map.of("ticket", "T-1", "deputyName", "刘春华", "link", "L"));
        assertThat(fallback.body()).isEqualTo(zh.body());
        assertThat(NotificationTemplates.fill("{a}$1\\{b}", Map.of("a", "$x"))).isEqualTo("$x$1\\{b}");
    }

    @Test
    void anUnknownPlaceholderIsRefusedAndNothingIsSaved() throws Exception {
        var t = template("resident-replied", "zh-CN");
        save(t.id(), t.subject(), "{deputyName}代表答复了 {ticket}：{reply}，查询码 {queryCode}，{link}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("未知的占位符 {queryCode}")))
                .andExpect(content().string(containsString("{deputyName}、{link}、{reply}、{ticket}")));
        assertThat(templates.find(t.id()).orElseThrow().body()).isEqualTo(t.body());
        save(t.id(), "关于 {code}", t.body()).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("未知的占位符 {code}")));
    }

    @Test
    void aMissingRequiredPlaceholderIsRefused() throws Exception {
        var t = template("resident-rejected", "zh-CN");
        save(t.id(), t.subject(), "您的留言 {ticket} 未予受理。").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("正文必须包含占位符 {link}、{reason}")));
        save(t.id(), t.subject(), "您的留言 {ticket 未予受理：{reason} {link}").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("花括号不成对")));
        save(t.id(), "", t.body()).andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写标题")));
        save(t.id(), t.subject(), " ").andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写正文")));
        save(t.id(), t.subject(), "{ticket}{reason}{link}" + "很".repeat(1000)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("正文不能超过 1000 个字")));
        assertThat(templates.find(t.id()).orElseThrow().body()).isEqualTo(t.body());
    }

    @Test
    void theAdministratorEditsATemplateAndTheNextNotificationUsesIt() throws Exception {
        var t = template("dispatcher-returned", "en");
        mvc.perform(get("/admin/notifications/templates").with(Staff.as(users, admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("交办员：部门退回")));
        mvc.perform(get("/admin/notifications/templates/" + t.id()).with(Staff.as(users, admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("职能部门名称")));
        save(t.id(), "Returned", "{department} gave {ticket} back. {link}").andExpect(status().is3xxRedirection());
        var saved = templates.find(t.id()).orElseThrow();
        assertThat(saved.body()).isEqualTo("{department} gave {ticket} back. {link}");
        assertThat(saved.updatedBy()).isEqualTo(admin());
        assertThat(templates.render("dispatcher-returned", "en", Map.of("department", "Zongzhi", "ticket", "T-9", "link", "L")).body())
                .isEqualTo("Zongzhi gave T-9 back. L");
        save(t.id(), t.subject(), t.body()).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/notifications/templates/999999").with(Staff.as(users, admin()))).andExpect(status().isNotFound());
    }

    @Test
    void theAdminPagesShowTheQueueAndTheDevInbox() throws Exception {
        mvc.perform(get("/admin/notifications").with(Staff.as(users, admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("发送队列")));
        mvc.perform(get("/admin/notifications?status=NOPE").with(Staff.as(users, admin()))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("没有这种状态")));
        mvc.perform(get("/admin/notifications/dev").with(Staff.as(users, admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("开发收件箱")));
        mvc.perform(get("/admin").with(Staff.as(users, admin()))).andExpect(content().string(containsString("/admin/notifications")));
    }
}
