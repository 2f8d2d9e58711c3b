package org.mashang.signs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.Staff;
import org.mashang.TestData;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.signs.internal.ScanKind;
import org.mashang.signs.internal.SignScans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Scans are counted per code and day; a re-issued code leaves the old one redirecting for a while. */
@IntegrationTest
class ScanAndReissueTests {

    /** Each test's streets, retired after it. */
    @RegisterExtension
    final PerTestData data = new PerTestData();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Directory directory;

    @Autowired
    SignScans scans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long scansToday(ScanKind kind, long id) {
        scans.flush();
        return jdbc.sql("select coalesce(sum(scans), 0) from sign_scan where kind = :k and target_id = :id and day = :day")
                .param("k", kind.name()).param("id", id).param("day", today()).query(Long.class).single();
    }

    @Test
    void eachPageShownFromACodeIsCountedForTheDayButNotItsImages() throws Exception {
        TestData.Street street = data.street().create();
        long deputy = street.deputy().id();
        String page = street.deputyPage();
        long before = scansToday(ScanKind.DEPUTY, deputy);
        mvc.perform(get(page)).andExpect(status().isOk());
        mvc.perform(get("/d/" + street.deputy().code().toUpperCase(java.util.Locale.ROOT))).andExpect(status().isOk());
        assertThat(scansToday(ScanKind.DEPUTY, deputy)).isEqualTo(before + 2);

        mvc.perform(get(page + "/qr.png")).andExpect(status().isOk());
        mvc.perform(get(page + "/qr.svg")).andExpect(status().isOk());
        mvc.perform(get(page + "/photo"));
        mvc.perform(post(page).with(csrf()).param("text", ""));
        assertThat(scansToday(ScanKind.DEPUTY, deputy)).isEqualTo(before + 2);

        long station = street.station();
        long stationBefore = scansToday(ScanKind.STATION, station);
        mvc.perform(get("/s/" + street.stationCode())).andExpect(status().isOk());
        mvc.perform(get("/s/" + street.stationCode() + "/qr.png")).andExpect(status().isOk());
        assertThat(scansToday(ScanKind.STATION, station)).isEqualTo(stationBefore + 1);

        var counts = scans.counts(ScanKind.DEPUTY, List.of(deputy), today()).get(deputy);
        assertThat(counts.last7()).isGreaterThanOrEqualTo(2);
        assertThat(counts.total()).isGreaterThanOrEqualTo(counts.last30()).isGreaterThanOrEqualTo(counts.last7());
    }

    @Test
    void anUnknownCodeIsNotFoundAndNotCounted() throws Exception {
        long rows = jdbc.sql("select count(*) from sign_scan").query(Long.class).single();
        mvc.perform(get("/d/nosuchcode")).andExpect(status().isNotFound());
        mvc.perform(get("/s/nosuchcode")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from sign_scan").query(Long.class).single()).isEqualTo(rows);
    }

    @Test
    void theAdminSeesScanCounts() throws Exception {
        TestData.Street street = data.street().create();
        DeputyCard deputy = directory.deputy(street.deputy().id()).orElseThrow();
        scans.record(ScanKind.DEPUTY, deputy.id(), today().minusDays(40));
        mvc.perform(get(street.deputyPage())).andExpect(status().isOk());
        var counts = scans.counts(ScanKind.DEPUTY, List.of(deputy.id()), today()).get(deputy.id());
        assertThat(counts.total()).isGreaterThan(counts.last30());
        String page = mvc.perform(get("/admin/signs?station=" + street.station()).with(Staff.as(users, street.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf(deputy.name()));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row.replaceAll("\\s+", "")).contains("<td>" + counts.last7() + "</td><td>" + counts.last30() + "</td><td>"
                + counts.total() + "</td>");
        assertThat(page).contains("近 14 天每日扫码");
    }

    @Test
    void aReissuedCodeLeavesTheOldOneRedirectingUntilTheGracePeriodEnds() throws Exception {
        TestData.Street street = data.street().create();
        String admin = street.admin();
        DeputyCard deputy = SignPrints.newDeputy(mvc, users, directory, street.station(), admin);
        assertThat(deputy.hasPhoto()).isTrue();
        String oldCode = deputy.code();
        mvc.perform(post("/admin/signs/deputies/" + deputy.id() + "/reissue").with(csrf()).with(Staff.as(users, admin)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/signs?station=" + deputy.stationId()))
                .andExpect(flash().attribute("flash", containsString("旧码 " + oldCode)));
        String newCode = directory.deputy(deputy.id()).orElseThrow().code();
        assertThat(newCode).isNotEqualTo(oldCode).matches("[a-z2-9]{8}");
        LocalDate until = jdbc.sql("select redirect_until from sign_retired_code where code = :c").param("c", oldCode)
                .query(LocalDate.class).single();
        assertThat(until).isEqualTo(today().plusDays(180));

        mvc.perform(get("/d/" + oldCode)).andExpect(status().isFound()).andExpect(redirectedUrl("/d/" + newCode));
        mvc.perform(get("/d/" + newCode)).andExpect(status().isOk()).andExpect(content().string(containsString(deputy.name())));
        mvc.perform(get("/d/" + oldCode + "/qr.png")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/signs?station=" + street.station()).with(Staff.as(users, admin)))
                .andExpect(content().string(containsString("旧码 " + oldCode + " 跳转至 " + until)));

        // re-issued again: the first code still leads to the current page
        mvc.perform(post("/admin/signs/deputies/" + deputy.id() + "/reissue").with(csrf()).with(Staff.as(users, admin)))
                .andExpect(status().is3xxRedirection());
        String newest = directory.deputy(deputy.id()).orElseThrow().code();
        mvc.perform(get("/d/" + oldCode)).andExpect(redirectedUrl("/d/" + newest));
        mvc.perform(get("/d/" + newCode)).andExpect(redirectedUrl("/d/" + newest));

        jdbc.sql("update sign_retired_code set redirect_until = :d where code = :c")
                .param("d", today().minusDays(1)).param("c", oldCode).update();
        mvc.perform(get("/d/" + oldCode)).andExpect(status().isNotFound());
        mvc.perform(get("/d/" + newCode)).andExpect(status().isFound());
    }

    @Test
    void reissuingTheCodeOfNobodyIsNotFound() throws Exception {
        String admin = data.street().create().admin();
        mvc.perform(post("/admin/signs/deputies/999999/reissue").with(csrf()).with(Staff.as(users, admin)))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("没有找到这位代表")));
    }
}
