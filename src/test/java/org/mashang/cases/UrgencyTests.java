package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.ReferenceData;
import org.mashang.TestData;
import org.mashang.TestClock;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.cases.internal.Receipt;
import org.mashang.platform.Zones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Urgency classes: suggested by the category, set at review, changed with a reason; the stages' deadlines follow the
 * class (2 working hours for an urgent case's review and first reply), urgent cases are flagged in every workbench and
 * their notices go out at once.
 */
@IntegrationTest
class UrgencyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    MeterRegistry meters;

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    static TestData.Street street() {
        return data.street();
    }

    LoopDriver loop;
    long gasLeak;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        gasLeak = jdbc.sql("""
                        insert into category (name, sort_order, urgency) values ('燃气泄漏测试', 995, 'URGENT')
                        on conflict (name) do update set urgency = 'URGENT' returning id""").query(Long.class).single();
        ReferenceData.changed(mvc);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    Receipt submit(long category, String text) throws Exception {
        return loop.receipt(mvc.perform(multipart(street().deputyPage()).param("text", text).param("categoryId", "" + category)
                .param("publicChoice", "true").param("name", "李阿姨").param("phone", "13700001111")
                .param("submissionKey", UUID.randomUUID().toString()).with(csrf())).andReturn());
    }

    Instant due(long caseId, String stage) {
        return jdbc.sql("select due_at from case_stage where case_id = ? and stage = ? and completed_at is null")
                .param(1, caseId).param(2, stage).query(java.sql.Timestamp.class).single().toInstant();
    }

    static Instant china(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(Zones.CHINA).toInstant();
    }

    String urgency(long caseId) {
        return jdbc.sql("select urgency from cases where id = ?").param(1, caseId).query(String.class).single();
    }

    @Test
    void anUrgentCaseRunsOnWorkingHoursAndAClassChangeWithAReasonMovesItsClock() throws Exception {
        // Monday 15 June 2026, 11:00: 2 working hours are 11:00–12:00 and 14:00–15:00
        clock.set(LocalDateTime.of(2026, 6, 15, 11, 0));
        Receipt r = submit(gasLeak, "楼道里有很重的煤气味");
        long id = r.caseId();
        assertThat(urgency(id)).isEqualTo("URGENT");
        assertThat(due(id, "REVIEW")).isEqualTo(china(6, 15, 15, 0));
        loop.as(street().reviewer(), get("/review")).andExpect(content().string(containsString("badge bad urgent")));
        loop.as(street().reviewer(), get("/review/cases/" + id)).andExpect(content().string(containsString("按类别")));

        // accepted at 16:30: an hour that day, the second from 08:30 on Tuesday
        clock.set(LocalDateTime.of(2026, 6, 15, 16, 30));
        loop.post(street().reviewer(), "/review/cases/" + id + "/accept", "makePublic", "true", "publicText", "楼道里有很重的煤气味",
                "urgency", "URGENT").andExpect(status().is3xxRedirection());
        assertThat(due(id, "FIRST_REPLY")).isEqualTo(china(6, 16, 9, 30));
        loop.as(street().deputy().username(), get("/deputy")).andExpect(content().string(containsString("badge bad urgent")));

        // not that urgent after all: a complex case's first reply follows the stage setting (3 working days)
        loop.post(street().reviewer(), "/review/cases/" + id + "/urgency", "urgency", "COMPLEX").andExpect(status().isBadRequest());
        loop.post(street().reviewer(), "/review/cases/" + id + "/urgency", "urgency", "SOMETIMES", "reason", "核实")
                .andExpect(status().isBadRequest());
        loop.post(street().reviewer(), "/review/cases/" + id + "/urgency", "urgency", "URGENT", "reason", "核实")
                .andExpect(status().isBadRequest());
        loop.post(street().deputy().username(), "/review/cases/" + id + "/urgency", "urgency", "COMPLEX", "reason", "核实")
                .andExpect(status().isForbidden());
        loop.post(street().reviewer(), "/review/cases/" + id + "/urgency", "urgency", "COMPLEX", "reason", "燃气公司已排除泄漏，涉及整栋楼管道改造")
                .andExpect(status().is3xxRedirection());
        assertThat(urgency(id)).isEqualTo("COMPLEX");
        Instant accepted = china(6, 15, 16, 30);
        assertThat(due(id, "FIRST_REPLY")).isEqualTo(calendar.deadline(accepted, 3));
        assertThat(jdbc.sql("select body from case_event where case_id = ? and type = 'URGENCY_CHANGED' and not public order by seq desc"
                + " limit 1").param(1, id).query(String.class).single())
                .isEqualTo("紧急程度由「紧急」改为「复杂」：燃气公司已排除泄漏，涉及整栋楼管道改造");
        loop.as(street().reviewer(), get("/review/cases/" + id)).andExpect(content().string(containsString("<span class=\"badge\">复杂</span>")))
                .andExpect(content().string(not(containsString("badge bad urgent"))));
    }

    @Test
    void aNormalCaseKeepsTheStageDeadlinesAndTheReviewerMayMakeItUrgentAtReview() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 15, 10, 0));
        long normal = street().category();
        Receipt r = submit(normal, "小区门口垃圾没人清");
        long id = r.caseId();
        assertThat(urgency(id)).isEqualTo("NORMAL");
        assertThat(due(id, "REVIEW")).isEqualTo(calendar.deadline(china(6, 15, 10, 0), 1));
        loop.post(street().reviewer(), "/review/cases/" + id + "/accept", "makePublic", "true", "publicText", "小区门口垃圾没人清",
                "urgency", "URGENT").andExpect(status().is3xxRedirection());
        assertThat(due(id, "FIRST_REPLY")).isEqualTo(china(6, 15, 12, 0));
        assertThat(jdbc.sql("select body from case_event where case_id = ? and type = 'URGENCY_CHANGED'").param(1, id)
                .query(String.class).single()).isEqualTo("紧急程度由「一般」改为「紧急」：审核时确定");
    }

    @Test
    void anUrgentCaseIsFlaggedForTheDispatcherAndTheDepartmentAndItsNoticesGoOutAtOnce() throws Exception {
        double before = meters.counter("mashang.notify.urgent.at.once").count();
        Receipt r = submit(gasLeak, "小区配电箱冒烟");
        long id = r.caseId();
        loop.post(street().reviewer(), "/review/cases/" + id + "/accept", "makePublic", "true", "publicText", "小区配电箱冒烟")
                .andExpect(status().is3xxRedirection());
        // the resident's notice of acceptance and the deputy's of a new case are delivered without waiting for the batch
        long deadline = System.currentTimeMillis() + 5000;
        while (meters.counter("mashang.notify.urgent.at.once").count() < before + 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(meters.counter("mashang.notify.urgent.at.once").count()).isGreaterThanOrEqualTo(before + 2);

        loop.post(street().deputy().username(), "/deputy/cases/" + id + "/reply", "text", "马上联系供电所", "requestDispatch", "true",
                "departmentIds", Long.toString(street().department().id())).andExpect(status().is3xxRedirection());
        loop.as(street().dispatcher(), get("/dispatch")).andExpect(content().string(containsString("badge bad urgent")));
        // Monday 09:30: one working day would end today, which a dispatcher may not set; the next working day is proposed
        clock.set(LocalDateTime.of(2026, 6, 15, 9, 30));
        loop.as(street().dispatcher(), get("/dispatch/cases/" + id)).andExpect(content().string(containsString("按紧急程度「紧急」预填")))
                .andExpect(content().string(containsString("value=\"2026-06-16\"")));
        loop.post(street().dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", "" + street().department().id(),
                "dueDate", "2026-06-16").andExpect(status().is3xxRedirection());
        loop.as(street().department().username(), get("/department")).andExpect(content().string(containsString("badge bad urgent")));
    }
}
