package org.mashang.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.Staff;
import org.mashang.platform.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Pages that choose a station, when the stations are more than a page lists (a province's 2,000): the regions one level
 * down or a search by name, never every station; the demo street's few stay listed as they were.
 */
@IntegrationTest
class StationListsTests {

    static final int PER_DISTRICT = 30;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    StationChooser chooser;

    /** A street with one station, outside the many stations' city. */
    @RegisterExtension
    static final PerClassData data = new PerClassData();

    ManyStations many;

    @BeforeEach
    void manyStations() {
        many = new ManyStations(jdbc, mvc, PER_DISTRICT);
    }

    @AfterEach
    void retire() {
        many.close();
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String name(int i) {
        return "多站街道" + many.key + "-" + i + "联络站";
    }

    @Test
    void theChoiceGoesDownTheRegionsToAFewStationsOrFindsThemByName() {
        StationChoice top = chooser.choose(many.city, null, null);
        assertThat(top.few()).isFalse();
        assertThat(top.total()).isEqualTo(2 * PER_DISTRICT);
        assertThat(top.stations()).as("more than are listed: the districts instead").isEmpty();
        assertThat(top.areas()).extracting(StationChoice.Area::id, StationChoice.Area::stations)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(many.districtA, PER_DISTRICT),
                        org.assertj.core.groups.Tuple.tuple(many.districtB, PER_DISTRICT));

        StationChoice district = chooser.choose(many.city, many.districtA, null);
        assertThat(district.stations()).hasSize(PER_DISTRICT).extracting(StationCard::name).contains(name(1)).doesNotContain(name(PER_DISTRICT + 1));
        assertThat(district.trail()).extracting(Ref::id).containsExactly(many.districtA);

        StationChoice found = chooser.choose(many.city, null, "-" + (PER_DISTRICT + 7) + "联络站");
        assertThat(found.stations()).extracting(StationCard::id).containsExactly(many.station(PER_DISTRICT + 7));
        assertThat(chooser.choose(many.city, null, "多站街道" + many.key).more()).as("60 match, 50 listed").isTrue();

        // everywhere: the province (one region holds them all) is gone through to its cities, ours among them
        assertThat(chooser.choose(null, null, null).areas()).extracting(StationChoice.Area::id).contains(many.city);

        long elsewhere = data.street().id();
        assertThatThrownBy(() -> chooser.choose(many.city, elsewhere, null)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> chooser.choose(many.city, null, "长".repeat(51))).isInstanceOf(UserFacingException.class);
    }

    @Test
    void findAndTheFrontPageGoDownTheRegionsToAStreetsCommunities() throws Exception {
        String home = html(get("/"));
        assertThat(home).contains("id=\"home-areas\"").contains("/find?region=" + many.city).doesNotContain(name(1));
        String find = html(get("/find"));
        assertThat(find).contains("id=\"area-list\"").doesNotContain("id=\"communities\"").doesNotContain(name(1));
        assertThat(html(get("/find").param("region", Long.toString(many.city)))).contains("/find?region=" + many.districtA);
        String district = html(get("/find").param("region", Long.toString(many.districtA)));
        assertThat(district).contains(name(1)).contains("/stats?station=" + many.station(1)).contains("/s/ms" + many.key + "1\"")
                .doesNotContain(name(PER_DISTRICT + 1));
        String street = html(get("/find").param("region", Long.toString(many.street)));
        assertThat(street).contains("id=\"communities\"").contains("/find?community=" + many.community);
        assertThat(html(get("/find").param("community", Long.toString(many.community)))).contains("/find?block=" + many.block);
        mvc.perform(get("/find").param("region", "999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/find").param("region", "abc")).andExpect(status().isBadRequest());
    }

    @Test
    void staffPagesOfManyStationsChooseOneFirst() throws Exception {
        String reviewer = many.staff("REVIEWER");
        String intake = html(get("/intake").with(Staff.as(users, reviewer)));
        assertThat(intake).contains("id=\"station-choice\"").doesNotContain("<form action=\"/intake\" method=\"post\"")
                .doesNotContain(name(1));
        assertThat(html(get("/intake").param("region", Long.toString(many.districtB)).with(Staff.as(users, reviewer))))
                .contains("/intake?station=" + many.station(PER_DISTRICT + 1)).doesNotContain(name(1) + "<");
        String form = html(get("/intake").param("station", Long.toString(many.station(2))).with(Staff.as(users, reviewer)));
        assertThat(form).contains(name(2)).doesNotContain(name(3)).contains("id=\"other-station\"");
        // a refused entry comes back for the same station with what was typed
        String again = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/intake")
                        .param("stationId", Long.toString(many.station(2))).param("text", "楼道灯坏了，请尽快修理。")
                        .param("submissionKey", java.util.UUID.randomUUID().toString())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(Staff.as(users, reviewer)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("请选择收集渠道").contains("楼道灯坏了，请尽快修理。").contains(name(2)).doesNotContain(name(3))
                .doesNotContain("station-choice");
        mvc.perform(get("/intake").param("station", Long.toString(data.street().station()))
                .with(Staff.as(users, reviewer))).andExpect(status().isNotFound());
        mvc.perform(get("/intake").param("q", "长".repeat(51)).with(Staff.as(users, reviewer))).andExpect(status().isBadRequest());

        assertThat(html(get("/activities/new").with(Staff.as(users, reviewer)))).contains("id=\"station-choice\"").doesNotContain(name(1));
        assertThat(html(get("/activities/new").param("station", Long.toString(many.station(3))).with(Staff.as(users, reviewer))))
                .contains("id=\"activity-form\"").contains(name(3)).doesNotContain(name(4));

        assertThat(html(get("/receptions").with(Staff.as(users, reviewer)))).contains("id=\"station-choice\"").doesNotContain(name(1));
        assertThat(html(get("/receptions").param("q", name(5)).with(Staff.as(users, reviewer)))).contains("/receptions?station=" + many.station(5));
        mvc.perform(get("/receptions").param("station", Long.toString(many.station(5))).with(Staff.as(users, reviewer)))
                .andExpect(status().is3xxRedirection());

        String signs = html(get("/admin/signs").with(Staff.as(users, many.staff("ADMIN"))));
        assertThat(signs).contains("id=\"station-choice\"").doesNotContain("<select name=\"station\"");
    }

    @Test
    void theDashboardsRegionFilterOffersDistrictsWhenTheStreetsAreTooMany() throws Exception {
        String admin = many.staff("ADMIN");
        String few = html(get("/dashboard").with(Staff.as(users, admin)));
        assertThat(few).contains("多站街道" + many.key + "-1<").doesNotContain(">甲区" + many.key + "<");
        many.bareStreets(org.mashang.platform.FilterOptions.MAX);
        String province = html(get("/dashboard").with(Staff.as(users, admin)));
        assertThat(province).contains(">甲区" + many.key + "<").contains(">乙区" + many.key + "<")
                .doesNotContain("多站街道" + many.key + "-1<").doesNotContain("无站街道" + many.key);
    }

    @Test
    void aFewStationsStayListedAsBefore() throws Exception {
        // a street's reviewer has one station: the form as always, with its drop-down
        String reviewer = data.street().reviewer();
        String intake = html(get("/intake").with(Staff.as(users, reviewer)));
        assertThat(intake).doesNotContain("station-choice").contains("id=\"stationId\"").contains("测试联络站-" + data.street().key());
        assertThat(html(get("/activities/new").with(Staff.as(users, reviewer)))).doesNotContain("station-choice");
        assertThat(StationChoice.onForm(java.util.List.of(), null)).isEmpty();
    }
}
