package org.mashang.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.InMemorySecrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo accounts never keep the password published in the source: each installation gets its own, shown on the
 * sign-in page only while the demo is on. (The tests set a known one, mashang.demo.password.)
 */
@IntegrationTest
class DemoPasswordTests {

    static final String PUBLISHED = "{bcrypt}$2a$10$emuDqxZswXrYmntSu.Fqi.Kj1PzPk1lUNDVbXhyQk6DWXO6r3lmKq";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    StaffUserRepository users;

    @Test
    void noAccountKeepsThePublishedPasswordAndTheSignInPageShowsTheDemoOne() throws Exception {
        assertThat(jdbc.sql("select count(*) from staff_user where password_hash = :h").param("h", PUBLISHED).query(Long.class)
                .single()).isZero();
        mvc.perform(get("/login")).andExpect(content().string(containsString("id=\"demo-password\"")))
                .andExpect(content().string(containsString("mashang2026")));
    }

    @Test
    void eachInstallationGetsARandomPasswordAndNothingIsShownWithTheDemoOff() throws Exception {
        String username = "demo-" + System.nanoTime();
        jdbc.sql("insert into staff_user (username, password_hash, display_name, roles) values (:u, :h, '演示', '{REVIEWER}')")
                .param("u", username).param("h", PUBLISHED).update();
        InMemorySecrets secrets = new InMemorySecrets();
        var demo = new DemoPasswords(true, "", secrets, users, encoder);
        demo.run(null);
        String password = secrets.stored.get("demo-password");
        assertThat(password).startsWith("demo-").hasSize(15);
        String hash = jdbc.sql("select password_hash from staff_user where username = :u").param("u", username).query(String.class).single();
        assertThat(encoder.matches(password, hash)).isTrue();
        assertThat(encoder.matches("mashang2026", hash)).isFalse();

        var off = new DemoPasswords(false, "", secrets, users, encoder);
        off.run(null);
        assertThat(off.shownPassword()).isEmpty();
    }
}
