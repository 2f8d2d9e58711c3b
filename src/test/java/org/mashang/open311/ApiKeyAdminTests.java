package org.mashang.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData.Street;
import org.mashang.cases.LoopDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrator issues a key (shown once, stored hashed), the platform uses it, the administrator revokes it. The
 * administrator and the block the platform reports in are of a street of each test's own.
 */
@IntegrationTest
class ApiKeyAdminTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    @Test
    void aKeyIsShownOnceStoredHashedNotedWhenUsedAndRevoked() throws Exception {
        LoopDriver loop = new LoopDriver(mvc, jdbc, users);
        Street street = data.street().create();
        String admin = street.admin();
        String name = "12345 热线 " + Open311Client.unique();
        String page = loop.post(admin, "/admin/open311/keys", "name", name, "hourlyLimit", "50")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("ms311_[a-z0-9]{40}").matcher(page);
        assertThat(m.find()).isTrue();
        String secret = m.group();
        long id = loop.id("select id from open311_api_key where name = ?", name);
        assertThat(jdbc.sql("select count(*) from open311_api_key where key_hash = ? or name = ? and key_hash like '%ms311%'")
                .param(1, secret).param(2, name).query(Long.class).single()).isZero();
        loop.as(admin, get("/admin/open311/keys")).andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString(secret)))).andExpect(content().string(containsString("未使用")));

        Open311Client client = new Open311Client(mvc);
        String block = Long.toString(street.block());
        String category = Long.toString(loop.id("select id from category where name = '物业小区'"));
        assertThat(client.post("requests.json", "api_key", secret, "service_code", category, "description", "楼道灯不亮",
                "address_id", block).getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select last_used_at is not null from open311_api_key where id = ?").param(1, id).query(Boolean.class)
                .single()).isTrue();

        loop.post(admin, "/admin/open311/keys/" + id + "/revoke").andExpect(status().is3xxRedirection());
        assertThat(client.post("requests.json", "api_key", secret, "service_code", category, "description", "楼道灯不亮",
                "address_id", block).getStatus()).isEqualTo(403);
        loop.post(admin, "/admin/open311/keys/" + id + "/revoke").andExpect(status().isNotFound());
    }

    @Test
    void aKeyWithoutNameOrWithABadLimitIsRefusedWithTheFormAgain() throws Exception {
        LoopDriver loop = new LoopDriver(mvc, jdbc, users);
        String admin = data.street().create().admin();
        loop.post(admin, "/admin/open311/keys", "name", "", "hourlyLimit", "10").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写使用这个密钥的平台名称")));
        loop.post(admin, "/admin/open311/keys", "name", "x", "hourlyLimit", "lots").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("每小时上限")));
    }
}
