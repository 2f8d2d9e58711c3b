package org.mashang.stats.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.Directory;
import org.mashang.directory.RegionLevel;
import org.mashang.platform.FilterOptions;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.Zones;
import org.mashang.stats.internal.CaseExport;
import org.mashang.stats.internal.DashboardData;
import org.mashang.stats.internal.ExcelExport;
import org.mashang.stats.internal.PublicStats;
import org.mashang.stats.internal.StatsFilter;
import org.mashang.stats.internal.StatsQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/** The committee's and district's dashboard, its Excel exports and the printable yearly report. */
@Controller
@RequestMapping("/dashboard")
@RequiredArgsConstructor
class DashboardController {

    /** About as many deputies as a station has (the demo station: 15). */
    static final int DEPUTIES_PER_STATION = 20;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StatsQueries stats;
    private final CaseExport caseExport;
    private final Directory directory;
    private final Clock clock;
    private final ObjectMapper json;
    private final PublicStats publicStats;

    @GetMapping
    String dashboard(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                     @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                     @RequestParam(required = false) Long street, @RequestParam(required = false) Long station,
                     @RequestParam(required = false) Long deputy, @RequestParam(required = false) Long department,
                     @AuthenticationPrincipal StaffUser user, Model model) {
        StatsFilter filter = filter(from, to, street, station, deputy, department);
        DashboardData data = stats.dashboard(stats.scope(user, street), filter, Tables.SHOWN);
        model.addAttribute("d", data);
        model.addAttribute("query", query(filter));
        model.addAttribute("chartJson", json.writeValueAsString(charts(data)).replace("<", "\\u003c"));
        options(user, model, data);
        return "stats/dashboard";
    }

    @GetMapping("/report")
    String report(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long street,
                  @AuthenticationPrincipal StaffUser user, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 2000 || y > 2099) {
            throw UserFacingException.badRequest("年份不正确");
        }
        StatsFilter filter = new StatsFilter(YearMonth.of(y, 1), YearMonth.of(y, 12), street, null, null, null);
        String scope = stats.scope(user, street);
        model.addAttribute("d", stats.report(scope, filter, Tables.SHOWN));
        model.addAttribute("p", publicStats.year(y, null, scope));
        model.addAttribute("year", y);
        model.addAttribute("shown", Tables.SHOWN);
        model.addAttribute("regionName", street != null ? directory.region(street).map(r -> r.name()).orElse("")
                : user.regionId() == null ? "全部" : directory.region(user.regionId()).map(r -> r.name()).orElse(""));
        return "stats/report";
    }

    @GetMapping("/export/cases.xlsx")
    void exportCases(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                     @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                     @RequestParam(required = false) Long street, @RequestParam(required = false) Long station,
                     @RequestParam(required = false) Long deputy, @RequestParam(required = false) Long department,
                     @AuthenticationPrincipal StaffUser user, HttpServletResponse response) throws IOException {
        StatsFilter filter = filter(from, to, street, station, deputy, department);
        String scope = stats.scope(user, street);
        attachment(response, "留言明细");
        ExcelExport.write(response.getOutputStream(), "留言", CaseExport.HEADER_LIST, sheet -> caseExport.rows(scope, filter, sheet));
    }

    @GetMapping("/export/{table}.xlsx")
    void exportTable(@PathVariable String table, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                     @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                     @RequestParam(required = false) Long street, @RequestParam(required = false) Long station,
                     @RequestParam(required = false) Long deputy, @RequestParam(required = false) Long department,
                     @AuthenticationPrincipal StaffUser user, HttpServletResponse response) throws IOException {
        Tables.Table t = Tables.of(table).orElseThrow(() -> UserFacingException.notFound("没有这个统计表"));
        StatsFilter filter = filter(from, to, street, station, deputy, department);
        DashboardData data = stats.dashboard(stats.scope(user, street), filter);
        attachment(response, t.title());
        ExcelExport.write(response.getOutputStream(), t.title(), t.header(), sheet -> t.rows(data).forEach(r -> sheet.row(r.toArray())));
    }

    private StatsFilter filter(YearMonth from, YearMonth to, Long street, Long station, Long deputy, Long department) {
        YearMonth now = YearMonth.now(clock.withZone(Zones.CHINA));
        YearMonth f = from == null ? YearMonth.of(now.getYear(), 1) : from;
        YearMonth t = to == null ? now : to;
        if (f.isAfter(t)) {
            throw UserFacingException.badRequest("开始月份不能晚于结束月份");
        }
        if (f.plusYears(10).isBefore(t)) {
            throw UserFacingException.badRequest("统计区间不能超过 10 年");
        }
        return new StatsFilter(f, t, street, station, deputy, department);
    }

    static String query(StatsFilter f) {
        StringBuilder q = new StringBuilder("from=" + f.from() + "&to=" + f.to());
        if (f.streetId() != null) {
            q.append("&street=").append(f.streetId());
        }
        if (f.stationId() != null) {
            q.append("&station=").append(f.stationId());
        }
        if (f.deputyId() != null) {
            q.append("&deputy=").append(f.deputyId());
        }
        if (f.departmentId() != null) {
            q.append("&department=").append(f.departmentId());
        }
        return q.toString();
    }

    private void options(StaffUser user, Model model, DashboardData data) {
        java.util.function.Predicate<org.mashang.directory.Ref> mine = r -> user.regionId() == null || directory.isWithin(r.id(), user.regionId());
        var streets = directory.activeRegions(EnumSet.of(RegionLevel.STREET)).stream().filter(mine).toList();
        // a province's 2,000 streets do not fit in the list: its cities and districts do (the filter takes any region)
        model.addAttribute("streets", streets.size() <= FilterOptions.MAX ? streets
                : directory.activeRegions(EnumSet.of(RegionLevel.CITY, RegionLevel.DISTRICT)).stream().filter(mine).toList());
        var stations = directory.activeStationsWithin(user.regionId());
        // a district's stations fit in the list; a province's two thousand do not (the filter works from a link)
        model.addAttribute("stations", FilterOptions.upTo(stations));
        // a district's deputies fit in the list; a province's hundred thousand do not (the filter works from a link)
        model.addAttribute("deputies", FilterOptions.upTo(stations.size(), DEPUTIES_PER_STATION, directory::activeDeputies));
        // the departments that had work in the region and period: a province's thirteen thousand made the page 550 KB
        model.addAttribute("departments", data.unlisted().departments() > 0 ? List.of() : FilterOptions.upTo(data.departments()));
        model.addAttribute("tables", Tables.ALL);
    }

    /** The series the charts draw, as plain lists for the page's script. */
    private static Map<String, Object> charts(DashboardData d) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("months", d.months().stream().map(m -> m.month().toString()).toList());
        c.put("received", d.months().stream().map(DashboardData.Month::received).toList());
        c.put("closed", d.months().stream().map(DashboardData.Month::closed).toList());
        c.put("channel", slices(d.byChannel()));
        c.put("category", slices(d.byCategory()));
        c.put("block", slices(d.byBlock().stream().limit(20).toList()));
        c.put("deputy", slices(d.byDeputy().stream().limit(20).toList()));
        c.put("department", d.departments().stream().limit(20).map(r -> Map.of("name", r.name(), "dispatched", r.dispatched(),
                "onTime", r.doneOnTime(), "late", r.done() - r.doneOnTime())).toList());
        c.put("backlog", slices(d.backlog()));
        List<Object> onTime = new ArrayList<>();
        onTime.add(Map.of("name", "审核", "value", round(d.totals().reviewOnTimePercent())));
        onTime.add(Map.of("name", "代表首次答复", "value", round(d.totals().firstReplyOnTimePercent())));
        long done = d.allDepartments().done();
        long doneOnTime = d.allDepartments().doneOnTime();
        onTime.add(Map.of("name", "部门办理", "value", done == 0 ? -1 : round(100.0 * doneOnTime / done)));
        onTime.add(Map.of("name", "答复群众", "value", round(d.totals().residentReplyOnTimePercent())));
        c.put("onTime", onTime);
        return c;
    }

    private static List<Map<String, Object>> slices(List<DashboardData.Slice> slices) {
        return slices.stream().map(s -> Map.<String, Object>of("name", s.name(), "received", s.received(), "closed", s.closed()))
                .toList();
    }

    private static double round(Double percent) {
        return percent == null ? -1 : Math.round(percent * 10) / 10.0;
    }

    private static void attachment(HttpServletResponse response, String title) {
        response.setContentType(XLSX);
        String name = URLEncoder.encode(title + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename=\"export.xlsx\"; filename*=UTF-8''" + name);
    }
}
