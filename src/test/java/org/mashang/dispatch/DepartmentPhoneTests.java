package org.mashang.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData.Street;
import org.mashang.cases.LoopDriver;
import org.mashang.cases.internal.Receipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Who sees the resident's number: the committee and the deputy in full (they call residents back); a department masked,
 * and in full only on demand, each look recorded on the timeline as internal. On a street of the test's own with two
 * street offices.
 */
@IntegrationTest
class DepartmentPhoneTests {

    static final String PHONE = "13912340086";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    LoopDriver loop;
    Street street;

    @BeforeEach
    void setUp() {
        loop = new LoopDriver(mvc, jdbc, users);
        street = data.street().departments("城管办", "执法中队").create();
    }

    String page(String user, String url) throws Exception {
        return loop.as(user, get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long reveals(long caseId) {
        return jdbc.sql("select count(*) from case_event where case_id = ? and type = 'PHONE_REVEALED' and not public")
                .param(1, caseId).query(Long.class).single();
    }

    @Test
    void aDepartmentSeesTheNumberMaskedAndInFullOnlyOnDemandWhichIsRecorded() throws Exception {
        Receipt r = loop.submit(street.deputyPage(), "楼下井盖松动，晚上走路容易踩空。", "赵女士", PHONE, false, street.block());
        String officeUser = street.department().username();
        String cityOffice = Long.toString(street.department().id());
        long id = r.caseId();
        loop.post(street.reviewer(), "/review/cases/" + id + "/accept", "makePublic", "false").andExpect(status().is3xxRedirection());
        loop.post(street.deputy().username(), "/deputy/cases/" + id + "/reply", "text", "收到，请城管办核实", "requestDispatch", "true",
                "departmentIds", cityOffice).andExpect(status().is3xxRedirection());
        loop.post(street.dispatcher(), "/dispatch/cases/" + id + "/dispatch", "departmentIds", cityOffice,
                "dueDate", loop.due()).andExpect(status().is3xxRedirection());
        long assignment = loop.assignment(id, street.department().name());

        assertThat(page(street.deputy().username(), "/deputy/cases/" + id)).contains(PHONE);
        assertThat(page(street.dispatcher(), "/dispatch/cases/" + id)).contains(PHONE);
        String department = page(officeUser, "/department/assignments/" + assignment);
        assertThat(department).doesNotContain(PHONE).contains("139****0086").contains("查看完整号码");
        assertThat(reveals(id)).isZero();

        // another department may not look
        loop.post(street.departments().get(1).username(), "/department/assignments/" + assignment + "/phone").andExpect(status().isNotFound());
        assertThat(reveals(id)).isZero();

        loop.post(officeUser, "/department/assignments/" + assignment + "/phone").andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("revealedPhone", PHONE));
        assertThat(reveals(id)).isOne();
        // the page after the redirect, with the flash attribute as the dispatcher servlet hands it over (MockMvc's own
        // flash support writes into a mock session that Spring Session replaces)
        String shown = loop.as(officeUser, get("/department/assignments/" + assignment)
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Map.of("revealedPhone", PHONE)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains("id=\"revealed-phone\"").contains("tel:" + PHONE);
        // the look is internal: not on the public or the resident's timeline, on the committee's
        assertThat(page(street.dispatcher(), "/dispatch/cases/" + id)).contains("查看了群众的完整电话");
        assertThat(loop.track(r.ticket(), r.queryCode()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("查看了群众的完整电话");
    }
}
