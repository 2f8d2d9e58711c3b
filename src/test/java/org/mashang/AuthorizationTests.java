package org.mashang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and endpoint, tried as every role. The table below must name every mapped route:
 * {@link #everyRouteIsInTheTable()} fails when a new page is added without its authorization rows.
 */
@IntegrationTest
class AuthorizationTests {

    enum Who { ANONYMOUS, ADMIN, REVIEWER, DISPATCHER, DEPUTY, DEPARTMENT }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> STAFF = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);

    /** route pattern as mapped, the concrete URL to try, who may use it */
    record Route(HttpMethod method, String pattern, String url, Set<Who> allowed) {
    }

    static final List<Route> ROUTES = List.of(
            new Route(HttpMethod.GET, "/", "/", EVERYONE),
            new Route(HttpMethod.GET, "/d/{code}", "/d/wl01", EVERYONE),
            new Route(HttpMethod.POST, "/d/{code}", "/d/wl01", EVERYONE),
            new Route(HttpMethod.GET, "/d/{code}/received", "/d/wl01/received", EVERYONE),
            new Route(HttpMethod.GET, "/d/{code}/photo", "/d/nophoto/photo", EVERYONE),
            new Route(HttpMethod.GET, "/d/{code}/qr.png", "/d/wl01/qr.png", EVERYONE),
            new Route(HttpMethod.GET, "/d/{code}/qr.svg", "/d/wl01/qr.svg", EVERYONE),
            new Route(HttpMethod.GET, "/s/{code}", "/s/wanlou", EVERYONE),
            new Route(HttpMethod.POST, "/s/{code}", "/s/wanlou", EVERYONE),
            new Route(HttpMethod.GET, "/s/{code}/received", "/s/wanlou/received", EVERYONE),
            new Route(HttpMethod.GET, "/s/{code}/qr.png", "/s/wanlou/qr.png", EVERYONE),
            new Route(HttpMethod.GET, "/s/{code}/qr.svg", "/s/wanlou/qr.svg", EVERYONE),
            new Route(HttpMethod.GET, "/track", "/track", EVERYONE),
            new Route(HttpMethod.GET, "/login", "/login", EVERYONE),
            new Route(HttpMethod.GET, "/staff", "/staff", STAFF),
            new Route(HttpMethod.GET, "/admin", "/admin", ADMIN),
            new Route(HttpMethod.GET, "/admin/regions", "/admin/regions", ADMIN),
            new Route(HttpMethod.POST, "/admin/regions", "/admin/regions", ADMIN),
            new Route(HttpMethod.POST, "/admin/regions/{id}/rename", "/admin/regions/1/rename", ADMIN),
            new Route(HttpMethod.POST, "/admin/regions/{id}/active", "/admin/regions/999999/active", ADMIN),
            new Route(HttpMethod.GET, "/admin/constituencies", "/admin/constituencies", ADMIN),
            new Route(HttpMethod.GET, "/admin/constituencies/{id}", "/admin/constituencies/1", ADMIN),
            new Route(HttpMethod.POST, "/admin/constituencies", "/admin/constituencies", ADMIN),
            new Route(HttpMethod.POST, "/admin/constituencies/{id}", "/admin/constituencies/999999", ADMIN),
            new Route(HttpMethod.POST, "/admin/constituencies/{id}/active", "/admin/constituencies/999999/active", ADMIN),
            new Route(HttpMethod.GET, "/admin/committees", "/admin/committees", ADMIN),
            new Route(HttpMethod.GET, "/admin/committees/{id}", "/admin/committees/1", ADMIN),
            new Route(HttpMethod.POST, "/admin/committees", "/admin/committees", ADMIN),
            new Route(HttpMethod.POST, "/admin/committees/{id}", "/admin/committees/999999", ADMIN),
            new Route(HttpMethod.POST, "/admin/committees/{id}/active", "/admin/committees/999999/active", ADMIN),
            new Route(HttpMethod.GET, "/admin/stations", "/admin/stations", ADMIN),
            new Route(HttpMethod.GET, "/admin/stations/{id}", "/admin/stations/1", ADMIN),
            new Route(HttpMethod.POST, "/admin/stations", "/admin/stations", ADMIN),
            new Route(HttpMethod.POST, "/admin/stations/{id}", "/admin/stations/999999", ADMIN),
            new Route(HttpMethod.POST, "/admin/stations/{id}/active", "/admin/stations/999999/active", ADMIN),
            new Route(HttpMethod.GET, "/admin/departments", "/admin/departments", ADMIN),
            new Route(HttpMethod.GET, "/admin/departments/{id}", "/admin/departments/1", ADMIN),
            new Route(HttpMethod.POST, "/admin/departments", "/admin/departments", ADMIN),
            new Route(HttpMethod.POST, "/admin/departments/{id}", "/admin/departments/999999", ADMIN),
            new Route(HttpMethod.POST, "/admin/departments/{id}/active", "/admin/departments/999999/active", ADMIN),
            new Route(HttpMethod.GET, "/admin/categories", "/admin/categories", ADMIN),
            new Route(HttpMethod.GET, "/admin/categories/{id}", "/admin/categories/1", ADMIN),
            new Route(HttpMethod.POST, "/admin/categories", "/admin/categories", ADMIN),
            new Route(HttpMethod.POST, "/admin/categories/{id}", "/admin/categories/999999", ADMIN),
            new Route(HttpMethod.POST, "/admin/categories/{id}/active", "/admin/categories/999999/active", ADMIN),
            new Route(HttpMethod.GET, "/admin/deputies", "/admin/deputies", ADMIN),
            new Route(HttpMethod.GET, "/admin/deputies/{id}", "/admin/deputies/1", ADMIN),
            new Route(HttpMethod.POST, "/admin/deputies", "/admin/deputies", ADMIN),
            new Route(HttpMethod.POST, "/admin/deputies/{id}", "/admin/deputies/999999", ADMIN),
            new Route(HttpMethod.POST, "/admin/deputies/{id}/active", "/admin/deputies/999999/active", ADMIN),
            new Route(HttpMethod.GET, "/admin/signs", "/admin/signs", ADMIN),
            new Route(HttpMethod.GET, "/admin/signs/deputies/{id}/sign.{format}", "/admin/signs/deputies/999999/sign.pdf", ADMIN),
            new Route(HttpMethod.GET, "/admin/signs/stations/{id}/sign.{format}", "/admin/signs/stations/999999/sign.png?size=a5", ADMIN),
            new Route(HttpMethod.GET, "/admin/signs/stations/{id}/deputies.pdf", "/admin/signs/stations/999999/deputies.pdf?size=a5", ADMIN),
            new Route(HttpMethod.POST, "/admin/signs/deputies/{id}/reissue", "/admin/signs/deputies/999999/reissue", ADMIN),
            new Route(HttpMethod.GET, "/admin/users", "/admin/users", ADMIN),
            new Route(HttpMethod.GET, "/admin/users/{id}", "/admin/users/1", ADMIN),
            new Route(HttpMethod.POST, "/admin/users", "/admin/users", ADMIN),
            new Route(HttpMethod.POST, "/admin/users/{id}", "/admin/users/999999", ADMIN),
            new Route(HttpMethod.POST, "/admin/users/{id}/active", "/admin/users/999999/active", ADMIN));

    /** Actuator endpoints are not MVC handlers; they are checked here too. */
    static final List<Route> EXTRA = List.of(
            new Route(HttpMethod.GET, "actuator", "/actuator/health", EVERYONE),
            new Route(HttpMethod.GET, "actuator", "/actuator/metrics", ADMIN),
            new Route(HttpMethod.GET, "unmapped", "/no/such/page", STAFF));

    static final Map<Who, String> ACCOUNTS = Map.of(Who.ADMIN, Staff.ADMIN, Who.REVIEWER, Staff.REVIEWER,
            Who.DISPATCHER, Staff.DISPATCHER, Who.DEPUTY, Staff.DEPUTY, Who.DEPARTMENT, Staff.DEPARTMENT);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Route route : concat()) {
            for (Who who : Who.values()) {
                all.add(Arguments.of(route.method() + " " + route.url(), who, route));
            }
        }
        return all.stream();
    }

    static List<Route> concat() {
        List<Route> all = new ArrayList<>(ROUTES);
        all.addAll(EXTRA);
        return all;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void onlyTheRightRolesGetThrough(String name, Who who, Route route) throws Exception {
        var request = request(route.method(), route.url()).with(csrf());
        if (who != Who.ANONYMOUS) {
            request.with(Staff.as(users, ACCOUNTS.get(who)));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        boolean sentToLogin = status == 302 && location != null && location.endsWith("/login");
        if (route.allowed().contains(who)) {
            assertThat(status).as("%s as %s", name, who).isNotIn(401, 403).isLessThan(500);
            assertThat(sentToLogin).as("%s as %s was sent to the login page", name, who).isFalse();
        } else if (who == Who.ANONYMOUS) {
            assertThat(sentToLogin).as("%s as anonymous should be sent to the login page (status %d)", name, status).isTrue();
        } else {
            assertThat(status).as("%s as %s", name, who).isEqualTo(403);
        }
    }

    @Test
    void everyRouteIsInTheTable() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<String> patterns = info.getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.equals("/error")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    mapped.add("ANY " + pattern);
                }
                methods.forEach(m -> mapped.add(m.name() + " " + pattern));
            }
        });
        Set<String> listed = new TreeSet<>();
        ROUTES.forEach(r -> listed.add(r.method().name() + " " + r.pattern()));
        assertThat(listed).as("routes in the authorization table").containsAll(mapped);
        assertThat(mapped).as("table rows that match no route").containsAll(listed);
        assertThat(Arrays.asList(Who.values())).hasSize(6);
    }
}
