package org.mashang.receptions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mashang.Staff;
import org.mashang.cases.OfflineIntake;
import org.mashang.receptions.internal.ScheduleService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A street of its own with one station, four serving deputies and one whose term has ended, a block, a reviewer and a
 * user for each deputy, in a district of its own with its administrator (and, when asked for, a second street and
 * station: {@link #neighbourStation()}); created once per test database, so that these tests change nothing other
 * tests look at and depend on nothing of the demo's. Station code {@code code}; deputies {@code code + "d1"} …
 * {@code "d4"}, former {@code "d9"}; users {@code code + "-reviewer"}, {@code code + "-d1"} … {@code "-d4"},
 * {@code code + "-admin"} (the district's).
 */
final class ReceptionFixture {

    static final String HASH = "{bcrypt}$2a$10$emuDqxZswXrYmntSu.Fqi.Kj1PzPk1lUNDVbXhyQk6DWXO6r3lmKq";

    final String code;
    final long street;
    final long station;
    final long block;
    final long[] deputies = new long[4];
    final long former;
    final String reviewer;
    /** The district's administrator, who sees all its stations. */
    final String admin;

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final UserDetailsService users;

    private ReceptionFixture(String code, MockMvc mvc, JdbcClient jdbc, UserDetailsService users) {
        this.code = code;
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.users = users;
        this.reviewer = code + "-reviewer";
        this.admin = code + "-admin";
        synchronized (ReceptionFixture.class) {
            if (jdbc.sql("select count(*) from station where code = ?").param(1, code).query(Long.class).single() == 0) {
                create();
                org.mashang.ReferenceData.changed(mvc);
            }
        }
        station = id("select id from station where code = ?", code);
        street = id("select region_id from station where code = ?", code);
        block = id("select id from region where name = ?", "测试区块-" + code);
        for (int i = 0; i < 4; i++) {
            deputies[i] = id("select id from deputy where code = ?", code + "d" + (i + 1));
        }
        former = id("select id from deputy where code = ?", code + "d9");
    }

    static ReceptionFixture of(String code, MockMvc mvc, JdbcClient jdbc, UserDetailsService users) {
        return new ReceptionFixture(code, mvc, jdbc, users);
    }

    private void create() {
        long district = region(id("select min(id) from region where level = 'CITY'"), "DISTRICT", "接待测试区-" + code);
        jdbc.sql("insert into staff_user (username, password_hash, display_name, roles, region_id) values (?, ?, ?, '{ADMIN}', ?)")
                .param(1, admin).param(2, HASH).param(3, "测试区管理员" + code).param(4, district).update();
        long street = region(district, "STREET", "接待测试街道-" + code);
        long community = region(street, "COMMUNITY", "测试社区-" + code);
        region(community, "BLOCK", "测试区块-" + code);
        long station = jdbc.sql("insert into station (region_id, name, code, address) values (?, ?, ?, '测试地址') returning id")
                .param(1, street).param(2, "接待测试联络站-" + code).param(3, code).query(Long.class).single();
        String[] names = {"测甲", "测乙", "测丙", "测丁"};
        for (int i = 0; i < 4; i++) {
            long deputy = jdbc.sql("""
                            insert into deputy (name, level, station_id, code, term_start, term_end)
                            values (?, 'COUNTY', ?, ?, date '2022-01-01', date '2099-12-31') returning id""")
                    .param(1, names[i] + code).param(2, station).param(3, code + "d" + (i + 1)).query(Long.class).single();
            jdbc.sql("""
                            insert into staff_user (username, password_hash, display_name, roles, deputy_id, region_id)
                            values (?, ?, ?, '{DEPUTY}', ?, ?)""")
                    .param(1, code + "-d" + (i + 1)).param(2, HASH).param(3, names[i] + code).param(4, deputy).param(5, street).update();
        }
        jdbc.sql("""
                        insert into deputy (name, level, station_id, code, term_start, term_end)
                        values (?, 'COUNTY', ?, ?, date '2016-01-01', date '2021-12-31')""")
                .param(1, "前任" + code).param(2, station).param(3, code + "d9").update();
        jdbc.sql("insert into staff_user (username, password_hash, display_name, roles, region_id) values (?, ?, ?, '{REVIEWER}', ?)")
                .param(1, code + "-reviewer").param(2, HASH).param(3, "测试审核员" + code).param(4, street).update();
    }

    private long region(long parent, String level, String name) {
        long id = jdbc.sql("insert into region (parent_id, level, name) values (?, ?, ?) returning id")
                .param(1, parent).param(2, level).param(3, name).query(Long.class).single();
        jdbc.sql("update region set path = (select path from region where id = ?) || id || '/' where id = ?")
                .param(1, parent).param(2, id).update();
        return id;
    }

    /**
     * The name of a second station in the fixture's district, made on first use: only then, so that the installation
     * keeps few stations (some lists change their form above twelve).
     */
    String neighbourStation() {
        String name = "接待测试邻站-" + code;
        synchronized (ReceptionFixture.class) {
            if (id("select count(*) from station where code = ?", code + "n") == 0) {
                long neighbour = region(id("select parent_id from region where id = ?", street), "STREET", "接待测试邻街-" + code);
                jdbc.sql("insert into station (region_id, name, code, address) values (?, ?, ?, '测试地址')")
                        .param(1, neighbour).param(2, name).param(3, code + "n").update();
                org.mashang.ReferenceData.changed(mvc);
            }
        }
        return name;
    }

    long id(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }

    String deputyUser(int n) {
        return code + "-d" + n;
    }

    long category() {
        return id("select min(id) from category where active");
    }

    // Requests

    ResultActions as(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(Staff.as(users, username)));
    }

    /** Posts a form with the given name/value pairs. */
    ResultActions form(String username, String url, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return as(username, request);
    }

    ResultActions page(String username, String url) throws Exception {
        return as(username, get(url));
    }

    /** Records a reception through the form; returns its id (from the redirect), or fails. */
    long recordReception(String username, LocalDate day, int residents, String extraReason, long... deputyIds) throws Exception {
        var request = post("/receptions/stations/" + station + "/record").with(csrf())
                .param("day", day.toString()).param("residentsReceived", "" + residents);
        for (long d : deputyIds) {
            request.param("deputyIds", "" + d);
        }
        if (extraReason != null) {
            request.param("extraReason", extraReason);
        }
        MvcResult result = as(username, request).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/receptions/")) {
            throw new AssertionError("reception not recorded (" + result.getResponse().getStatus() + "): "
                    + result.getResponse().getContentAsString());
        }
        return Long.parseLong(location.substring("/receptions/".length()));
    }

    /** Records an activity through the form; returns its id. Outcome params are given as pairs too. */
    long recordActivity(String username, String kind, LocalDate day, int attendance, List<Long> deputyIds, String... more)
            throws Exception {
        var request = multipart("/activities").with(csrf()).param("stationId", "" + station).param("kind", kind)
                .param("day", day.toString()).param("place", "测试社区活动室").param("attendance", "" + attendance)
                .param("summary", "听取群众意见，现场答复。");
        deputyIds.forEach(d -> request.param("deputyIds", "" + d));
        for (int i = 0; i < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        MvcResult result = as(username, request).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/activities/")) {
            throw new AssertionError("activity not recorded (" + result.getResponse().getStatus() + "): "
                    + result.getResponse().getContentAsString());
        }
        return Long.parseLong(location.substring("/activities/".length()));
    }

    /** Raises one issue at a reception or an activity ({@code page} is its URL); returns the receipt. */
    OfflineIntake.Receipt raise(String username, String page, String text, Long deputyId) throws Exception {
        var request = post(page + "/issues").with(csrf()).param("text", text).param("categoryId", "" + category())
                .param("publicChoice", "true").param("submissionKey", UUID.randomUUID().toString())
                .param("name", "张大爷").param("phone", "13900001111");
        if (deputyId != null) {
            request.param("deputyId", "" + deputyId);
        }
        MvcResult result = as(username, request).andReturn();
        Object receipt = result.getFlashMap().get("receipt");
        if (!(receipt instanceof OfflineIntake.Receipt r)) {
            throw new AssertionError("issue not raised (" + result.getResponse().getStatus() + "): "
                    + result.getResponse().getContentAsString());
        }
        return r;
    }

    /** A past reception day of the station (as held) that has no reception recorded yet, from the latest back. */
    LocalDate freeReceptionDay(ScheduleService schedule, LocalDate notBefore) {
        LocalDate today = schedule.today();
        var days = schedule.days(station, notBefore, today);
        for (int i = days.size() - 1; i >= 0; i--) {
            var d = days.get(i);
            if (d.held() && !recorded(d.date())) {
                return d.date();
            }
        }
        return null;
    }

    /** A past day that is not a reception day of the station and has no reception recorded. */
    LocalDate freeOtherDay(ScheduleService schedule, LocalDate notBefore) {
        for (LocalDate d = schedule.today(); !d.isBefore(notBefore); d = d.minusDays(1)) {
            if (schedule.heldOn(station, d).isEmpty() && !recorded(d)) {
                return d;
            }
        }
        return null;
    }

    boolean recorded(LocalDate day) {
        return jdbc.sql("select count(*) from reception where station_id = ? and day = ?").param(1, station)
                .param(2, java.sql.Date.valueOf(day)).query(Long.class).single() > 0;
    }
}
