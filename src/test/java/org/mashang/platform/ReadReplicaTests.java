package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mashang.Staff;
import org.mashang.TestClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Read-only transactions on a replica (SPRING_DATASOURCE_READ_URL), read-your-writes for whoever just changed
 * something. The replica here is a second PostgreSQL migrated like the first that replicates nothing: a replica lagging
 * without end, and a way to see which side a page was read from. On the demo street: the replica has the demo data
 * (its reviewer's account) and nothing a test writes, so a street of a test's own would not exist there.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
@Tag("integration")
@DirtiesContext // a configuration no other test class uses: closed after this class, not kept running to the end of the run
class ReadReplicaTests {

    static EmbeddedPostgres replica;

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) throws IOException {
        replica = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(replica.getPostgresDatabase()).locations("classpath:db/migration", "classpath:db/demo")
                .load().migrate();
        registry.add("spring.datasource.read.url", () -> replica.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.read.username", () -> "postgres");
        registry.add("spring.datasource.read.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        replica.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void whoJustWroteReadsTheirChangeWhileOthersReadTheLaggingReplica() throws Exception {
        var reviewer = Staff.as(users, Staff.REVIEWER);
        String title = "副本-" + System.nanoTime();
        Cookie mark = mvc.perform(post("/staff/templates").with(csrf()).with(reviewer).param("title", title).param("body", "已收到"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("mashang_written");
        assertThat(mark).as("the primary's position after the change, on the device").isNotNull();
        assertThat(mark.getValue()).matches("[0-9A-F]+/[0-9A-F]+");
        assertThat(mark.isHttpOnly()).isTrue();

        // the device that wrote: its read-only page comes from the primary while the replica has not replayed the change
        mvc.perform(get("/staff/templates").with(reviewer).cookie(mark)).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        // anyone else (here the same account on another device) reads the replica, which has not got it
        mvc.perform(get("/staff/templates").with(reviewer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("常用语")))
                .andExpect(content().string(not(containsString(title))));
    }

    @Test
    void aReadLeavesNoMarkAndAForgedMarkOnlySendsReadsToThePrimary() throws Exception {
        var reviewer = Staff.as(users, Staff.REVIEWER);
        assertThat(mvc.perform(get("/staff/templates").with(reviewer)).andReturn().getResponse().getCookie("mashang_written"))
                .isNull();
        mvc.perform(get("/staff/templates").with(reviewer).cookie(new Cookie("mashang_written", "x'; drop table case_file; --")))
                .andExpect(status().isOk());
    }
}
