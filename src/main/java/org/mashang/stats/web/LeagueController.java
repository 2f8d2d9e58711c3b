package org.mashang.stats.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.Directory;
import org.mashang.directory.RegionLevel;
import org.mashang.platform.FilterOptions;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.Zones;
import org.mashang.stats.internal.DeputyLeague;
import org.mashang.stats.internal.League;
import org.mashang.stats.internal.LeagueSort;
import org.mashang.stats.internal.LeagueRows;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * 履职公示: the public tables comparing deputies and departments over a year, sortable by any column through links (no
 * script needed), with a chart drawn by ECharts where scripts run.
 */
@Controller
@RequiredArgsConstructor
class LeagueController {

    static final Map<String, Function<LeagueRows.Department, Comparable<?>>> DEPARTMENT_COLUMNS = Map.ofEntries(
            Map.entry("name", LeagueRows.Department::name), Map.entry("assigned", LeagueRows.Department::assigned),
            Map.entry("response", d -> d.responseRate()), Map.entry("onTime", d -> d.onTimeRate()),
            Map.entry("returned", LeagueRows.Department::returned), Map.entry("solution", d -> d.solutionRate()),
            Map.entry("satisfaction", d -> d.satisfactionRate()));

    /** The last page number taken: a million deputies at 50 a page. */
    static final int MAX_PAGE = 20_000;

    private final League league;
    private final DeputyLeague deputyLeague;
    private final Directory directory;
    private final Clock clock;
    private final ObjectMapper json;

    @GetMapping("/stats/deputies")
    String deputies(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long region,
                    @RequestParam(required = false) Long station, @RequestParam(defaultValue = "received") String sort,
                    @RequestParam(defaultValue = "desc") String order, @RequestParam(defaultValue = "0") int page, Model model) {
        int y = year(year);
        if (station != null && directory.station(station).isEmpty()) {
            throw UserFacingException.notFound("没有这个联络站");
        }
        LeagueSort by = LeagueSort.of(sort).orElseThrow(() -> UserFacingException.badRequest("无法按该列排序"));
        // a page past the league's end shows nothing; a number beyond any province's deputies is no page of ours
        if (page < 0 || page > MAX_PAGE) {
            throw UserFacingException.badRequest("页码不正确");
        }
        DeputyLeague.Page shown = deputyLeague.deputies(y, scope(region), station, by, "asc".equals(order), page,
                DeputyLeague.PAGE_SIZE);
        List<LeagueRows.Deputy> rows = shown.rows();
        common(model, y, region, sort, order);
        model.addAttribute("station", station);
        model.addAttribute("stations", FilterOptions.upTo(directory.activeStations()));
        model.addAttribute("rows", rows);
        model.addAttribute("shown", shown);
        model.addAttribute("chartJson", chart(rows.stream().map(LeagueRows.Deputy::name).toList(),
                rows.stream().map(LeagueRows.Deputy::firstReplyRate).toList(), rows.stream().map(LeagueRows.Deputy::satisfactionRate).toList()));
        return "stats/league-deputies";
    }

    @GetMapping("/stats/departments")
    String departments(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long region,
                       @RequestParam(defaultValue = "assigned") String sort, @RequestParam(defaultValue = "desc") String order,
                       Model model) {
        int y = year(year);
        List<LeagueRows.Department> rows = sorted(league.departments(y, scope(region)), DEPARTMENT_COLUMNS, sort, order);
        common(model, y, region, sort, order);
        model.addAttribute("rows", rows);
        model.addAttribute("chartJson", chart(rows.stream().map(LeagueRows.Department::name).toList(),
                rows.stream().map(LeagueRows.Department::onTimeRate).toList(),
                rows.stream().map(LeagueRows.Department::satisfactionRate).toList()));
        return "stats/league-departments";
    }

    private void common(Model model, int year, Long region, String sort, String order) {
        int thisYear = LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
        model.addAttribute("year", year);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(Math.max(2023, thisYear - 5), thisYear).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("region", region);
        // a province's 2,000 streets do not fit a drop-down on a phone: then its districts only
        var regions = directory.activeRegions(EnumSet.of(RegionLevel.DISTRICT, RegionLevel.STREET));
        model.addAttribute("regions", regions.size() <= FilterOptions.MAX ? regions
                : FilterOptions.upTo(directory.activeRegions(EnumSet.of(RegionLevel.DISTRICT))));
        model.addAttribute("sort", sort);
        model.addAttribute("order", order);
        model.addAttribute("minimum", league.minimum());
    }

    private int year(Integer year) {
        int thisYear = LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
        int y = year == null ? thisYear : year;
        if (y < 2000 || y > thisYear + 1) {
            throw UserFacingException.badRequest("年份不正确");
        }
        return y;
    }

    private String scope(Long region) {
        if (region == null) {
            return "";
        }
        var r = directory.region(region).orElseThrow(() -> UserFacingException.notFound("没有这个地区"));
        return directory.scopeKey(r.id());
    }

    /** Sorted by the chosen column; a rate not shown (too few to count) goes last either way. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> List<T> sorted(List<T> rows, Map<String, Function<T, Comparable<?>>> columns, String sort, String order) {
        Function<T, Comparable<?>> key = columns.get(sort);
        if (key == null) {
            throw UserFacingException.badRequest("无法按该列排序");
        }
        Comparator<Comparable> natural = "asc".equals(order) ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<T> by = Comparator.comparing(r -> (Comparable) key.apply(r), Comparator.nullsLast(natural));
        return rows.stream().sorted(by).toList();
    }

    private String chart(List<String> names, List<Double> first, List<Double> second) {
        return json.writeValueAsString(Map.of("names", names, "first", first.stream().map(v -> v == null ? -1 : v).toList(),
                "second", second.stream().map(v -> v == null ? -1 : v).toList())).replace("<", "\\u003c");
    }
}
