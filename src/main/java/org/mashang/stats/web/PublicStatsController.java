package org.mashang.stats.web;

import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.Directory;
import org.mashang.platform.PublicPages;
import org.mashang.platform.FilterOptions;
import org.mashang.platform.UserFacingException;
import org.springframework.context.annotation.Bean;
import org.mashang.stats.internal.PublicStats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public statistics: what the liaison stations report each year, computed from the records. */
@Controller
@RequiredArgsConstructor
class PublicStatsController {

    private final PublicStats stats;
    private final Directory directory;
    private final Clock clock;
    private final org.mashang.stats.internal.ProposalStats proposals;

    /** The public figures and the league are the same for every anonymous visitor, per year, place, sort and page asked for. */
    @Bean
    static PublicPages statsPages() {
        return PublicPages.of().withQuery("/stats", "/stats/deputies", "/stats/departments");
    }

    @GetMapping("/stats")
    String stats(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long station, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        int y = year == null ? thisYear : year;
        if (y < 2000 || y > thisYear + 1) {
            throw UserFacingException.badRequest("年份不正确");
        }
        if (station != null && directory.station(station).isEmpty()) {
            throw UserFacingException.notFound("没有这个联络站");
        }
        model.addAttribute("f", stats.year(y, station));
        model.addAttribute("proposals", proposals.figures("", yearStart(y), yearStart(y + 1), station, null, null));
        model.addAttribute("stations", FilterOptions.upTo(directory.activeStations())); // a province's 2,000: none (links below)
        model.addAttribute("station", station);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(Math.max(2023, thisYear - 5), thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        return "stats/public";
    }

    static java.time.Instant yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(org.mashang.platform.Zones.CHINA).toInstant();
    }
}
