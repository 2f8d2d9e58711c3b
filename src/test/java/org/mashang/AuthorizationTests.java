package org.mashang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import org.springframework.security.core.userdetails.UserDetails;
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

    /** DISTRICT_DISPATCHER: the district committee's dispatcher (levels), allowed wherever a street's dispatcher is. */
    enum Who { ANONYMOUS, ADMIN, REVIEWER, DISPATCHER, DEPUTY, DEPARTMENT, DISTRICT_DISPATCHER }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> STAFF = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    /** Receptions and activities are recorded by committee staff, administrators and deputies. */
    static final Set<Who> RECEPTIONS = EnumSet.of(Who.ADMIN, Who.REVIEWER, Who.DISPATCHER, Who.DEPUTY, Who.DISTRICT_DISPATCHER);
    static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
    static final Set<Who> REVIEWER = EnumSet.of(Who.REVIEWER);
    static final Set<Who> DISPATCHER = EnumSet.of(Who.DISPATCHER, Who.DISTRICT_DISPATCHER);
    static final Set<Who> DEPUTY = EnumSet.of(Who.DEPUTY);
    static final Set<Who> DEPARTMENT = EnumSet.of(Who.DEPARTMENT);
    static final Set<Who> INTAKE = EnumSet.of(Who.REVIEWER, Who.DISPATCHER, Who.DEPUTY, Who.DISTRICT_DISPATCHER);
    static final Set<Who> COMMITTEE = EnumSet.of(Who.ADMIN, Who.REVIEWER, Who.DISPATCHER, Who.DISTRICT_DISPATCHER);

    /** route pattern as mapped, the concrete URL to try, who may use it */
    record Route(HttpMethod method, String pattern, String url, Set<Who> allowed) {
    }

    static final List<Route> ROUTES = List.of(
            new Route(HttpMethod.GET, "/", "/", EVERYONE),
            // static files under their hashed or plain names
            new Route(HttpMethod.GET, "/css/**", "/css/app.css", EVERYONE),
            new Route(HttpMethod.GET, "/js/**", "/js/message.js", EVERYONE),
            new Route(HttpMethod.GET, "/img/**", "/img/none.png", EVERYONE),
            new Route(HttpMethod.GET, "/webjars/**", "/webjars/htmx.org/dist/htmx.min.js", EVERYONE),
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
            new Route(HttpMethod.GET, "/stats", "/stats", EVERYONE),
            new Route(HttpMethod.GET, "/stats/deputies", "/stats/deputies?sort=satisfaction&order=asc", EVERYONE),
            new Route(HttpMethod.GET, "/stats/deputies", "/stats/deputies?sort=received&order=desc&page=1", EVERYONE),
            new Route(HttpMethod.GET, "/stats/departments", "/stats/departments?sort=onTime", EVERYONE),
            new Route(HttpMethod.POST, "/track", "/track", EVERYONE),
            new Route(HttpMethod.POST, "/track/forget", "/track/forget", EVERYONE),
            new Route(HttpMethod.GET, "/track/{ticket}", "/track/000000-00000", EVERYONE),
            new Route(HttpMethod.POST, "/track/{ticket}/evaluate", "/track/000000-00000/evaluate", EVERYONE),
            new Route(HttpMethod.GET, "/track/{ticket}/files/{fileId}", "/track/x/files/00000000-0000-0000-0000-000000000000", EVERYONE),
            new Route(HttpMethod.GET, "/prefs", "/prefs?elder=on&back=/", EVERYONE),
            new Route(HttpMethod.GET, "/track/{ticket}/receipt.png", "/track/000000-00000/receipt.png", EVERYONE),
            new Route(HttpMethod.GET, "/find", "/find?q=万楼", EVERYONE),
            new Route(HttpMethod.GET, "/find/blocks", "/find/blocks?q=万楼", EVERYONE),
            new Route(HttpMethod.GET, "/privacy", "/privacy", EVERYONE),
            new Route(HttpMethod.GET, "/verify", "/verify", EVERYONE),
            new Route(HttpMethod.POST, "/verify/code", "/verify/code", EVERYONE),
            new Route(HttpMethod.POST, "/verify/confirm", "/verify/confirm", EVERYONE),
            new Route(HttpMethod.POST, "/verify/forget", "/verify/forget", EVERYONE),
            // WeChat sign-in: open to residents (404 here, where no Official Account is configured)
            new Route(HttpMethod.GET, "/wechat/signin", "/wechat/signin", EVERYONE),
            new Route(HttpMethod.GET, "/wechat/callback", "/wechat/callback?code=x&state=y", EVERYONE),
            new Route(HttpMethod.POST, "/wechat/unlink", "/wechat/unlink", EVERYONE),
            new Route(HttpMethod.GET, "/my", "/my", EVERYONE),
            new Route(HttpMethod.GET, "/my/cases/{ticket}", "/my/cases/000000-00000", EVERYONE),
            new Route(HttpMethod.POST, "/my/cases/{ticket}/evaluate", "/my/cases/000000-00000/evaluate", EVERYONE),
            new Route(HttpMethod.GET, "/my/cases/{ticket}/files/{fileId}", "/my/cases/x/files/00000000-0000-0000-0000-000000000000",
                    EVERYONE),
            new Route(HttpMethod.GET, "/cases", "/cases", EVERYONE),
            new Route(HttpMethod.GET, "/cases/{ticket}", "/cases/000000-00000", EVERYONE),
            // 我也反映: similar public cases under the form, and joining one (anonymous residents, so everyone)
            new Route(HttpMethod.GET, "/d/{code}/similar", "/d/wl01/similar", EVERYONE),
            new Route(HttpMethod.POST, "/d/{code}/similar", "/d/wl01/similar", EVERYONE),
            new Route(HttpMethod.GET, "/s/{code}/similar", "/s/wanlou/similar", EVERYONE),
            new Route(HttpMethod.POST, "/s/{code}/similar", "/s/wanlou/similar", EVERYONE),
            new Route(HttpMethod.GET, "/cases/{ticket}/metoo", "/cases/000000-00000/metoo", EVERYONE),
            new Route(HttpMethod.POST, "/cases/{ticket}/metoo", "/cases/000000-00000/metoo", EVERYONE),
            new Route(HttpMethod.GET, "/cases/{ticket}/metoo/received", "/cases/000000-00000/metoo/received", EVERYONE),
            new Route(HttpMethod.GET, "/cases/seals", "/cases/seals", EVERYONE),
            new Route(HttpMethod.GET, "/cases/{ticket}/files/{fileId}", "/cases/x/files/00000000-0000-0000-0000-000000000000",
                    EVERYONE),
            new Route(HttpMethod.GET, "/staff/cases/{id}/files/{fileId}", "/staff/cases/1/files/00000000-0000-0000-0000-000000000000",
                    STAFF),
            new Route(HttpMethod.GET, "/staff/templates", "/staff/templates", STAFF),
            new Route(HttpMethod.POST, "/staff/templates", "/staff/templates", STAFF),
            new Route(HttpMethod.POST, "/staff/templates/{id}/delete", "/staff/templates/999999/delete", STAFF),
            new Route(HttpMethod.GET, "/intake", "/intake", INTAKE),
            new Route(HttpMethod.POST, "/intake", "/intake", INTAKE),
            new Route(HttpMethod.GET, "/review", "/review", REVIEWER),
            new Route(HttpMethod.GET, "/review", "/review?list=closed&from=a1700000000000000_1", REVIEWER),
            new Route(HttpMethod.GET, "/review/cases/{id}", "/review/cases/1", REVIEWER),
            new Route(HttpMethod.POST, "/review/cases/{id}/accept", "/review/cases/999999/accept", REVIEWER),
            new Route(HttpMethod.POST, "/review/cases/{id}/reject", "/review/cases/999999/reject", REVIEWER),
            new Route(HttpMethod.POST, "/review/cases/{id}/merge", "/review/cases/999999/merge", REVIEWER),
            new Route(HttpMethod.POST, "/review/cases/{id}/pause", "/review/cases/999999/pause", REVIEWER),
            new Route(HttpMethod.POST, "/review/cases/{id}/resume", "/review/cases/999999/resume", REVIEWER),
            new Route(HttpMethod.POST, "/review/cases/{id}/follow-up", "/review/cases/999999/follow-up", REVIEWER),
            new Route(HttpMethod.POST, "/review/cases/{id}/urgency", "/review/cases/999999/urgency", REVIEWER),
            new Route(HttpMethod.POST, "/deputy/cases/{id}/pause", "/deputy/cases/999999/pause", DEPUTY),
            new Route(HttpMethod.POST, "/deputy/cases/{id}/resume", "/deputy/cases/999999/resume", DEPUTY),
            new Route(HttpMethod.GET, "/deputy", "/deputy", DEPUTY),
            new Route(HttpMethod.GET, "/deputy", "/deputy?list=g4&from=a1700000000000000_1", DEPUTY),
            new Route(HttpMethod.GET, "/deputy/cases/{id}", "/deputy/cases/1", DEPUTY),
            new Route(HttpMethod.POST, "/deputy/cases/{id}/reply", "/deputy/cases/999999/reply", DEPUTY),
            new Route(HttpMethod.POST, "/deputy/cases/{id}/resolve", "/deputy/cases/999999/resolve", DEPUTY),
            new Route(HttpMethod.POST, "/deputy/cases/{id}/request-dispatch", "/deputy/cases/999999/request-dispatch", DEPUTY),
            new Route(HttpMethod.POST, "/deputy/cases/{id}/reply-to-resident", "/deputy/cases/999999/reply-to-resident", DEPUTY),
            new Route(HttpMethod.POST, "/deputy/cases/{id}/proposal", "/deputy/cases/999999/proposal", DEPUTY),
            new Route(HttpMethod.POST, "/deputy/cases/{id}/proposal-answer", "/deputy/cases/999999/proposal-answer", DEPUTY),
            new Route(HttpMethod.GET, "/dispatch", "/dispatch", DISPATCHER),
            new Route(HttpMethod.GET, "/dispatch", "/dispatch?list=dispatched&from=b1700000000000000_1", DISPATCHER),
            new Route(HttpMethod.GET, "/dispatch/cases/{id}", "/dispatch/cases/1", DISPATCHER),
            new Route(HttpMethod.POST, "/dispatch/cases/{id}/dispatch", "/dispatch/cases/999999/dispatch", DISPATCHER),
            new Route(HttpMethod.POST, "/dispatch/cases/{id}/transfer", "/dispatch/cases/999999/transfer", DISPATCHER),
            new Route(HttpMethod.POST, "/dispatch/cases/{id}/urgency", "/dispatch/cases/999999/urgency", DISPATCHER),
            new Route(HttpMethod.POST, "/dispatch/cases/{id}/follow-up", "/dispatch/cases/999999/follow-up", DISPATCHER),
            new Route(HttpMethod.POST, "/dispatch/cases/{id}/send-back", "/dispatch/cases/999999/send-back", DISPATCHER),
            new Route(HttpMethod.POST, "/deputy/cases/{id}/co-deputies", "/deputy/cases/999999/co-deputies?code=wl02", DEPUTY),
            new Route(HttpMethod.POST, "/dispatch/assignments/{id}/extension", "/dispatch/assignments/999999/extension?grant=true",
                    DISPATCHER),
            new Route(HttpMethod.GET, "/department", "/department", DEPARTMENT),
            new Route(HttpMethod.GET, "/department", "/department?list=done&from=a99999999_99999999", DEPARTMENT),
            new Route(HttpMethod.GET, "/department/assignments/{id}", "/department/assignments/1", DEPARTMENT),
            new Route(HttpMethod.GET, "/department/cases/{id}", "/department/cases/1", DEPARTMENT),
            new Route(HttpMethod.POST, "/department/assignments/{id}/report", "/department/assignments/999999/report", DEPARTMENT),
            new Route(HttpMethod.POST, "/department/assignments/{id}/return", "/department/assignments/999999/return", DEPARTMENT),
            new Route(HttpMethod.POST, "/department/assignments/{id}/phone", "/department/assignments/999999/phone", DEPARTMENT),
            new Route(HttpMethod.POST, "/department/assignments/{id}/extension", "/department/assignments/999999/extension",
                    DEPARTMENT),
            new Route(HttpMethod.GET, "/dashboard", "/dashboard", COMMITTEE),
            new Route(HttpMethod.GET, "/dashboard/report", "/dashboard/report", COMMITTEE),
            new Route(HttpMethod.GET, "/dashboard/export/cases.xlsx", "/dashboard/export/cases.xlsx", COMMITTEE),
            new Route(HttpMethod.GET, "/dashboard/export/{table}.xlsx", "/dashboard/export/months.xlsx", COMMITTEE),
            new Route(HttpMethod.GET, "/admin/cases", "/admin/cases", ADMIN),
            new Route(HttpMethod.GET, "/admin/cases/{id}", "/admin/cases/1", ADMIN),
            new Route(HttpMethod.GET, "/login", "/login", EVERYONE),
            new Route(HttpMethod.GET, "/staff", "/staff", STAFF),
            new Route(HttpMethod.GET, "/staff/search", "/staff/search?q=路灯&state=SUBMITTED&overdue=true", STAFF),
            // searching as a role one does not hold is refused
            new Route(HttpMethod.GET, "/staff/search", "/staff/search?as=ADMIN", ADMIN),
            new Route(HttpMethod.GET, "/staff/search", "/staff/search?as=DEPARTMENT", DEPARTMENT),
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
            new Route(HttpMethod.GET, "/admin/routing", "/admin/routing", ADMIN),
            new Route(HttpMethod.POST, "/admin/routing/{region}/rules", "/admin/routing/999999/rules", ADMIN),
            new Route(HttpMethod.POST, "/admin/routing/{region}/rules/{id}/delete", "/admin/routing/999999/rules/1/delete", ADMIN),
            new Route(HttpMethod.GET, "/admin/routing/{region}/export.csv", "/admin/routing/999999/export.csv", ADMIN),
            new Route(HttpMethod.POST, "/admin/routing/{region}/import", "/admin/routing/999999/import", ADMIN),
            new Route(HttpMethod.GET, "/admin/categories", "/admin/categories", ADMIN),
            new Route(HttpMethod.GET, "/admin/categories/{id}", "/admin/categories/1", ADMIN),
            new Route(HttpMethod.POST, "/admin/categories", "/admin/categories", ADMIN),
            new Route(HttpMethod.POST, "/admin/categories/{id}", "/admin/categories/999999", ADMIN),
            new Route(HttpMethod.POST, "/admin/categories/{id}/active", "/admin/categories/999999/active", ADMIN),
            new Route(HttpMethod.GET, "/admin/calendar", "/admin/calendar", ADMIN),
            new Route(HttpMethod.POST, "/admin/calendar/days", "/admin/calendar/days", ADMIN),
            new Route(HttpMethod.POST, "/admin/calendar/days/{date}/delete", "/admin/calendar/days/2099-12-30/delete", ADMIN),
            new Route(HttpMethod.POST, "/admin/calendar/import", "/admin/calendar/import", ADMIN),
            new Route(HttpMethod.GET, "/admin/calendar/export", "/admin/calendar/export?year=2026", ADMIN),
            new Route(HttpMethod.GET, "/admin/calendar/deadlines", "/admin/calendar/deadlines", ADMIN),
            new Route(HttpMethod.POST, "/admin/calendar/deadlines", "/admin/calendar/deadlines?review=0", ADMIN),
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
            new Route(HttpMethod.POST, "/admin/users/{id}/active", "/admin/users/999999/active", ADMIN),
            new Route(HttpMethod.GET, "/admin/notifications", "/admin/notifications", ADMIN),
            new Route(HttpMethod.POST, "/admin/notifications/{id}/resend", "/admin/notifications/999999/resend", ADMIN),
            new Route(HttpMethod.POST, "/admin/notifications/deliver", "/admin/notifications/deliver", ADMIN),
            new Route(HttpMethod.GET, "/admin/notifications/dev", "/admin/notifications/dev", ADMIN),
            new Route(HttpMethod.GET, "/admin/notifications/templates", "/admin/notifications/templates", ADMIN),
            new Route(HttpMethod.GET, "/admin/notifications/templates/{id}", "/admin/notifications/templates/1", ADMIN),
            new Route(HttpMethod.POST, "/admin/notifications/templates/{id}", "/admin/notifications/templates/999999", ADMIN),
            new Route(HttpMethod.GET, "/admin/open311/keys", "/admin/open311/keys", ADMIN),
            new Route(HttpMethod.GET, "/admin/connector", "/admin/connector", ADMIN),
            new Route(HttpMethod.POST, "/admin/connector/departments", "/admin/connector/departments", ADMIN),
            new Route(HttpMethod.POST, "/admin/connector/handovers/{id}/retry", "/admin/connector/handovers/999999/retry", ADMIN),
            new Route(HttpMethod.POST, "/admin/connector/run", "/admin/connector/run", ADMIN),
            new Route(HttpMethod.POST, "/admin/open311/keys", "/admin/open311/keys", ADMIN),
            new Route(HttpMethod.POST, "/admin/open311/keys/{id}/revoke", "/admin/open311/keys/999999/revoke", ADMIN),
            // Open311: open to all; a post is refused by its api_key (403 in the specification's shape), so the table
            // tries an unknown format, answered 400 before the key is looked at
            new Route(HttpMethod.GET, "/open311/v2/discovery.{format}", "/open311/v2/discovery.xml", EVERYONE),
            new Route(HttpMethod.GET, "/open311/v2/**", "/open311/v2/no/such.xml", EVERYONE),
            new Route(HttpMethod.POST, "/open311/v2/**", "/open311/v2/no/such.json", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/stations", "/api/v1/stations", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/stations/{code}", "/api/v1/stations/wanlou", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/stations/{code}/deputies", "/api/v1/stations/wanlou/deputies", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/stations/{code}/reception-days", "/api/v1/stations/wanlou/reception-days", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/deputies", "/api/v1/deputies?block=1", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/deputies/{code}", "/api/v1/deputies/wl01", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/blocks", "/api/v1/blocks?q=万楼", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/cases/{ticket}", "/api/v1/cases/000000-00000", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/stats", "/api/v1/stats", EVERYONE),
            new Route(HttpMethod.GET, "/api/openapi.json", "/api/openapi.json", EVERYONE),
            new Route(HttpMethod.GET, "/api/openapi.json.yaml", "/api/openapi.json.yaml", EVERYONE),
            new Route(HttpMethod.GET, "/api/openapi.json/swagger-config", "/api/openapi.json/swagger-config", EVERYONE),
            new Route(HttpMethod.GET, "/api/docs", "/api/docs", EVERYONE),
            new Route(HttpMethod.GET, "/open311/v2/services.{format}", "/open311/v2/services.json", EVERYONE),
            new Route(HttpMethod.GET, "/open311/v2/services/{code}.{format}", "/open311/v2/services/1.json", EVERYONE),
            new Route(HttpMethod.POST, "/open311/v2/requests.{format}", "/open311/v2/requests.csv", EVERYONE),
            new Route(HttpMethod.GET, "/open311/v2/tokens/{token}.{format}", "/open311/v2/tokens/x.json", EVERYONE),
            new Route(HttpMethod.GET, "/open311/v2/requests.{format}", "/open311/v2/requests.xml", EVERYONE),
            new Route(HttpMethod.GET, "/open311/v2/requests/{id}.{format}", "/open311/v2/requests/000000-00000.json", EVERYONE),
            new Route(HttpMethod.GET, "/stations/{code}/receptions", "/stations/wanlou/receptions", EVERYONE),
            new Route(HttpMethod.GET, "/receptions", "/receptions", RECEPTIONS),
            new Route(HttpMethod.GET, "/receptions/stations/{id}", "/receptions/stations/1", RECEPTIONS),
            new Route(HttpMethod.POST, "/receptions/stations/{id}/schedule/rules", "/receptions/stations/999999/schedule/rules",
                    COMMITTEE),
            new Route(HttpMethod.POST, "/receptions/stations/{id}/schedule/change", "/receptions/stations/999999/schedule/change",
                    COMMITTEE),
            new Route(HttpMethod.POST, "/receptions/stations/{id}/schedule/restore",
                    "/receptions/stations/999999/schedule/restore?scheduled=2099-01-05", COMMITTEE),
            new Route(HttpMethod.POST, "/receptions/stations/{id}/schedule/duty",
                    "/receptions/stations/999999/schedule/duty?scheduled=2099-01-05", COMMITTEE),
            new Route(HttpMethod.POST, "/receptions/stations/{id}/schedule/rotation", "/receptions/stations/999999/schedule/rotation",
                    COMMITTEE),
            new Route(HttpMethod.GET, "/receptions/stations/{id}/record", "/receptions/stations/1/record", RECEPTIONS),
            new Route(HttpMethod.POST, "/receptions/stations/{id}/record", "/receptions/stations/999999/record", RECEPTIONS),
            new Route(HttpMethod.GET, "/receptions/{id}", "/receptions/999999", RECEPTIONS),
            new Route(HttpMethod.POST, "/receptions/{id}/issues", "/receptions/999999/issues", RECEPTIONS),
            new Route(HttpMethod.GET, "/receptions/deputies/{id}/record", "/receptions/deputies/1/record", COMMITTEE),
            new Route(HttpMethod.GET, "/activities", "/activities", RECEPTIONS),
            new Route(HttpMethod.GET, "/activities/new", "/activities/new", RECEPTIONS),
            new Route(HttpMethod.POST, "/activities", "/activities", RECEPTIONS),
            new Route(HttpMethod.GET, "/activities/{id}", "/activities/999999", RECEPTIONS),
            new Route(HttpMethod.POST, "/activities/{id}/issues", "/activities/999999/issues", RECEPTIONS),
            new Route(HttpMethod.GET, "/activities/{id}/photos/{position}", "/activities/999999/photos/1", RECEPTIONS),
            new Route(HttpMethod.GET, "/deputy/calendar", "/deputy/calendar", DEPUTY),
            new Route(HttpMethod.GET, "/deputy/record", "/deputy/record", DEPUTY),
            new Route(HttpMethod.GET, "/proposals", "/proposals?level=CITY&answerClass=A", EVERYONE),
            new Route(HttpMethod.GET, "/proposals/{id}", "/proposals/999999", EVERYONE),
            new Route(HttpMethod.GET, "/proposals/case/{ticket}", "/proposals/case/000000-00000", EVERYONE),
            new Route(HttpMethod.GET, "/proposals/{id}/files/{fileId}", "/proposals/999999/files/00000000-0000-0000-0000-000000000000",
                    EVERYONE),
            new Route(HttpMethod.GET, "/deputy/proposals", "/deputy/proposals", DEPUTY),
            new Route(HttpMethod.GET, "/deputy/proposals/new", "/deputy/proposals/new", DEPUTY),
            new Route(HttpMethod.POST, "/deputy/proposals", "/deputy/proposals", DEPUTY),
            new Route(HttpMethod.GET, "/deputy/proposals/{id}", "/deputy/proposals/999999", DEPUTY),
            new Route(HttpMethod.POST, "/deputy/proposals/{id}", "/deputy/proposals/999999", DEPUTY),
            new Route(HttpMethod.POST, "/deputy/proposals/{id}/submit", "/deputy/proposals/999999/submit", DEPUTY),
            new Route(HttpMethod.POST, "/deputy/proposals/{id}/evaluate", "/deputy/proposals/999999/evaluate?evaluation=SATISFIED",
                    DEPUTY),
            new Route(HttpMethod.GET, "/dispatch/proposals", "/dispatch/proposals", DISPATCHER),
            new Route(HttpMethod.GET, "/dispatch/proposals/{id}", "/dispatch/proposals/999999", DISPATCHER),
            new Route(HttpMethod.POST, "/dispatch/proposals/{id}/assign", "/dispatch/proposals/999999/assign", DISPATCHER),
            new Route(HttpMethod.GET, "/department/proposals", "/department/proposals", DEPARTMENT),
            new Route(HttpMethod.GET, "/department/proposals/{id}", "/department/proposals/999999", DEPARTMENT),
            new Route(HttpMethod.POST, "/department/proposals/{id}/answer", "/department/proposals/999999/answer", DEPARTMENT),
            new Route(HttpMethod.POST, "/department/proposals/{id}/progress", "/department/proposals/999999/progress", DEPARTMENT));

    /** Actuator endpoints are not MVC handlers; they are checked here too. */
    static final List<Route> EXTRA = List.of(
            new Route(HttpMethod.GET, "actuator", "/actuator/health", EVERYONE),
            new Route(HttpMethod.GET, "actuator", "/actuator/metrics", ADMIN),
            new Route(HttpMethod.GET, "actuator", "/actuator/prometheus", ADMIN),
            new Route(HttpMethod.GET, "unmapped", "/no/such/page", STAFF));

    static final Map<Who, String> ACCOUNTS = Map.of(Who.ADMIN, Staff.ADMIN, Who.REVIEWER, Staff.REVIEWER,
            Who.DISPATCHER, Staff.DISPATCHER, Who.DEPUTY, Staff.DEPUTY, Who.DEPARTMENT, Staff.DEPARTMENT,
            Who.DISTRICT_DISPATCHER, "qujiaoban");

    /** Each role's account, loaded once for the class: every route is tried as the same account with the same roles. */
    static final Map<Who, UserDetails> SIGNED_IN = new java.util.concurrent.ConcurrentHashMap<>();

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
            request.with(user(SIGNED_IN.computeIfAbsent(who, w -> users.loadUserByUsername(ACCOUNTS.get(w)))));
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
        assertThat(Arrays.asList(Who.values())).hasSize(7);
    }
}
