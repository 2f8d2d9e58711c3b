package org.mashang.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class AccountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /** The administrator who manages the accounts: the one of a street of this class's own. */
    @RegisterExtension
    static final PerClassData data = new PerClassData();

    static String admin() {
        return data.street().admin();
    }

    long count() {
        return jdbc.sql("select count(*) from staff_user").query(Long.class).single();
    }

    MockHttpServletRequestBuilder save(String path, String... kv) {
        var request = post(path).with(csrf()).with(Staff.as(users, admin()));
        for (int i = 0; i < kv.length; i += 2) {
            request.param(kv[i], kv[i + 1]);
        }
        return request;
    }

    /** On the demo street: the accounts the demo loader makes (README's sign-in) keep only a hash of their password. */
    @Test
    void demoAccountsSignInWithHashedPasswords() throws Exception {
        mvc.perform(formLogin("/login").user("shenhe").password("mashang2026")).andExpect(authenticated().withRoles("REVIEWER"))
                .andExpect(redirectedUrl("/staff"));
        mvc.perform(formLogin("/login").user("shenhe").password("wrong-password")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        String hash = jdbc.sql("select password_hash from staff_user where username = 'shenhe'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("mashang2026");
    }

    @Test
    void anAdminCreatesAnAccountThatCanSignIn() throws Exception {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        long before = count();
        mvc.perform(save("/admin/users", "username", username, "displayName", "新同事", "roles", "REVIEWER", "roles", "DISPATCHER",
                "password", "long-enough-1")).andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 1);
        mvc.perform(formLogin("/login").user(username).password("long-enough-1"))
                .andExpect(authenticated().withRoles("REVIEWER", "DISPATCHER"));
    }

    @Test
    void aDeactivatedAccountCannotSignIn() throws Exception {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(save("/admin/users", "username", username, "displayName", "临时", "roles", "REVIEWER", "password", "long-enough-1"));
        long id = jdbc.sql("select id from staff_user where username = :u").param("u", username).query(Long.class).single();
        mvc.perform(save("/admin/users/" + id + "/active", "value", "false")).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user(username).password("long-enough-1")).andExpect(unauthenticated());
    }

    @Test
    void anAdminCannotDeactivateThemselves() throws Exception {
        long id = jdbc.sql("select id from staff_user where username = :u").param("u", admin()).query(Long.class).single();
        mvc.perform(save("/admin/users/" + id + "/active", "value", "false")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能停用自己")));
    }

    @Test
    void accountFormRefusesBadInput() throws Exception {
        String u = "u" + UUID.randomUUID().toString().substring(0, 8);
        assertRefused(save("/admin/users", "username", "a b", "displayName", "x", "roles", "ADMIN", "password", "long-enough-1"),
                "登录名应为 3 到 50 位");
        assertRefused(save("/admin/users", "username", u, "displayName", "", "roles", "ADMIN", "password", "long-enough-1"), "请填写姓名");
        assertRefused(save("/admin/users", "username", u, "displayName", "x", "password", "long-enough-1"), "请至少选择一个角色");
        assertRefused(save("/admin/users", "username", u, "displayName", "x", "roles", "ADMIN", "password", "short"), "密码至少 8 位");
        assertRefused(save("/admin/users", "username", u, "displayName", "x", "roles", "ADMIN"), "请为新账号设置密码");
        assertRefused(save("/admin/users", "username", u, "displayName", "x", "roles", "DEPUTY", "password", "long-enough-1"),
                "人大代表账号须关联一位代表");
        assertRefused(save("/admin/users", "username", u, "displayName", "x", "roles", "DEPARTMENT", "password", "long-enough-1"),
                "职能部门账号须关联一个部门");
        assertRefused(save("/admin/users", "username", admin(), "displayName", "x", "roles", "ADMIN", "password", "long-enough-1"),
                "登录名已被使用");
        assertRefused(save("/admin/users", "username", u, "displayName", "x", "roles", "ADMIN", "password", "long-enough-1",
                "phone", "999"), "电话号码格式不正确");
        assertRefused(save("/admin/users", "username", u, "displayName", "x", "roles", "ADMIN", "password", "long-enough-1",
                "email", "not-an-email"), "邮箱格式不正确");
        assertRefused(save("/admin/users", "username", u, "displayName", "x", "roles", "KING", "password", "long-enough-1"),
                "请从列表中选择");
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String message) throws Exception {
        long before = count();
        mvc.perform(request).andExpect(status().isBadRequest()).andExpect(content().string(containsString(message)));
        assertThat(count()).isEqualTo(before);
    }
}
