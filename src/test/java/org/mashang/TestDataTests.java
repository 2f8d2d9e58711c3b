package org.mashang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.cases.CaseState;
import org.mashang.cases.internal.Receipt;
import org.mashang.directory.DeputyLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The test-data builder makes a street that works end to end and that only its own people see. */
@IntegrationTest
class TestDataTests {

    /** Each test's streets, retired after it. */
    @RegisterExtension
    final PerTestData data = new PerTestData();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void aStreetOfItsOwnServesResidentsAndStaffAndNoOneElse() throws Exception {
        TestData.Street street = data.street().deputies(2).departments("城管办", "执法中队").create();
        assertThat(street.deputies()).hasSize(2);
        assertThat(street.departments()).hasSize(2);
        mvc.perform(get(street.deputyPage())).andExpect(status().isOk())
                .andExpect(content().string(containsString(street.deputy().name())));
        mvc.perform(get("/s/" + street.stationCode())).andExpect(status().isOk())
                .andExpect(content().string(containsString("测试联络站-" + street.key())));

        Receipt submitted = street.caseIn(CaseState.SUBMITTED, "测试街道的路灯不亮了");
        mvc.perform(get("/review").with(Staff.as(users, street.reviewer())))
                .andExpect(content().string(containsString(submitted.ticket())));
        mvc.perform(get("/review").with(Staff.as(users, data.street().create().reviewer())))
                .andExpect(content().string(not(containsString(submitted.ticket()))));
    }

    @Test
    void casesReachEachStateOfTheMainPathThroughTheirStreetsPeople() throws Exception {
        TestData.Street street = data.street().create();
        for (CaseState state : TestData.MAIN_PATH) {
            Receipt receipt = street.caseIn(state, "测试留言，到" + state.label() + "为止");
            assertThat(jdbc.sql("select state from cases where id = ?").param(receipt.caseId()).query(String.class).single())
                    .isEqualTo(state.name());
        }
        assertThatThrownBy(() -> street.caseIn(CaseState.MERGED, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deputiesHaveTheirLevelsAndTheDistrictCommitteeTakesWhatTheStreetTransfersUp() throws Exception {
        TestData.Street street = data.street().levels(DeputyLevel.PROVINCIAL, DeputyLevel.CITY).withDistrictCommittee().create();
        mvc.perform(get(street.deputyPage())).andExpect(content().string(containsString(street.deputy().name() + "（省人大代表")));
        mvc.perform(get("/d/" + street.deputies().get(1).code()))
                .andExpect(content().string(containsString(street.deputies().get(1).name() + "（市人大代表")));
        TestData.DistrictCommittee district = street.districtCommittee();
        assertThat(district).isNotNull();
        assertThat(data.street().nextTo(street).create().districtCommittee()).isEqualTo(district);
        assertThat(data.street().create().districtCommittee()).isNull();

        Receipt receipt = street.caseIn(CaseState.DISPATCH_REQUESTED, "测试街道解决不了的事");
        mvc.perform(get("/dispatch").with(Staff.as(users, district.dispatcher())))
                .andExpect(content().string(not(containsString(receipt.ticket()))));
        mvc.perform(post("/dispatch/cases/" + receipt.caseId() + "/transfer").param("reason", "属区里的职责").with(csrf())
                .with(Staff.as(users, street.dispatcher()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/dispatch").with(Staff.as(users, district.dispatcher())))
                .andExpect(content().string(containsString(receipt.ticket())));
        mvc.perform(get("/review/cases/" + receipt.caseId()).with(Staff.as(users, district.reviewer())))
                .andExpect(status().isOk());
    }

    @Test
    void twoStreetsShareNoNamesOrCodes() {
        TestData.Street one = data.street().create();
        TestData.Street two = data.street().create();
        assertThat(one.key()).isNotEqualTo(two.key());
        assertThat(one.deputy().code()).isNotEqualTo(two.deputy().code());
        assertThat(one.reviewer()).isNotEqualTo(two.reviewer());
    }

    @Test
    void closingRetiresItsStreetsSoTheInstallationsListsAreAsBefore() {
        long before = activeStations();
        TestData own = TestData.of(mvc);
        TestData.Street street = own.street().deputies(2).create();
        assertThat(activeStations()).isEqualTo(before + 1);
        own.close();
        assertThat(activeStations()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from deputy where station_id = ? and active").param(street.station())
                .query(Long.class).single()).isZero();
    }

    long activeStations() {
        return jdbc.sql("select count(*) from station where active").query(Long.class).single();
    }
}
