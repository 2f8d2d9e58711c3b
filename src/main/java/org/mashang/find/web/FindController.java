package org.mashang.find.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.DeputyFinder;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.StationCard;
import org.mashang.directory.StationChoice;
import org.mashang.directory.StationChooser;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.Zones;
import org.mashang.receptions.ReceptionDay;
import org.mashang.receptions.ReceptionSchedule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /find: community → block, or a typed name (searched as the resident types with htmx, or sent as a plain form without
 * JavaScript) → the deputies covering that block, each with a button to write to them, and their station's next
 * reception day. Where the stations are too many to list their communities on one page (a province's 16,000), the
 * resident goes down the regions first (city › district › street) to their street's communities.
 */
@Controller
@RequiredArgsConstructor
class FindController {

    static final int MAX_RESULTS = 30;
    static final int MAX_QUERY = 50;
    /** How far ahead to look for a station's next reception day. */
    static final int RECEPTION_DAYS_AHEAD = 60;

    private final DeputyFinder finder;
    private final StationChooser chooser;
    private final Directory directory;
    private final ReceptionSchedule receptions;
    private final Clock clock;

    /** A station of the deputies found, and its next reception day (null when none in the coming weeks). */
    record StationNext(StationCard station, ReceptionDay next) {
    }

    @GetMapping("/find")
    String find(@RequestParam(required = false) Long community, @RequestParam(required = false) Long block,
                @RequestParam(required = false) String q, @RequestParam(required = false) Long region, Model model) {
        StationChoice all = chooser.choose(null, null, null);
        if (all.few()) {
            model.addAttribute("communities", finder.communities());
        } else if (block == null) {
            byRegion(community != null ? streetOf(community) : region, model);
        } else {
            model.addAttribute("communities", List.of());
        }
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("matches", search(q));
        }
        if (community != null) {
            model.addAttribute("community", community);
            model.addAttribute("blocks", finder.blocksOf(community));
        }
        if (block != null) {
            DeputyFinder.Place place = finder.block(block).orElseThrow(() -> UserFacingException.notFound("error.block.notFound"));
            List<DeputyCard> deputies = finder.covering(block);
            model.addAttribute("place", place);
            model.addAttribute("byLevel", byLevel(deputies));
            model.addAttribute("stations", stations(deputies));
        }
        return "find/find";
    }

    /** Down the regions to a street, whose communities are then listed (and its station shown). */
    private void byRegion(Long region, Model model) {
        StationChoice choice = chooser.choose(null, region, null);
        model.addAttribute("choice", choice);
        boolean street = region != null && directory.regionLevel(region).filter(RegionLevel.STREET::equals).isPresent();
        model.addAttribute("communities", street ? finder.communitiesOf(region) : List.of());
    }

    /** The street a community lies in (its parent), so that the street's other communities are offered beside its blocks. */
    private Long streetOf(long community) {
        List<Ref> lineage = directory.lineage(community);
        if (lineage.size() < 2) {
            throw UserFacingException.notFound("error.region.notFound");
        }
        return lineage.get(lineage.size() - 2).id();
    }

    /** The block list under the search box, for htmx (the same list the plain form shows). */
    @GetMapping("/find/blocks")
    String blocks(@RequestParam(required = false) String q, @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Model model) {
        if (htmx == null) {
            return "redirect:/find" + (q == null || q.isBlank() ? "" : "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        model.addAttribute("q", q);
        model.addAttribute("matches", q == null || q.isBlank() ? null : search(q));
        return "find/find :: matches";
    }

    private List<DeputyFinder.Place> search(String q) {
        if (q.length() > MAX_QUERY) {
            throw UserFacingException.badRequest("error.find.tooLong");
        }
        return finder.searchBlocks(q, MAX_RESULTS);
    }

    private static Map<String, List<DeputyCard>> byLevel(List<DeputyCard> deputies) {
        Map<String, List<DeputyCard>> grouped = new LinkedHashMap<>();
        deputies.forEach(d -> grouped.computeIfAbsent(d.level().name(), k -> new java.util.ArrayList<>()).add(d));
        return grouped;
    }

    private List<StationNext> stations(List<DeputyCard> deputies) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.CHINA);
        return deputies.stream().map(DeputyCard::stationId).distinct()
                .map(directory::station).flatMap(Optional::stream).filter(StationCard::active)
                .map(s -> new StationNext(s, receptions.days(s.id(), today, today.plusDays(RECEPTION_DAYS_AHEAD)).stream()
                        .filter(ReceptionDay::held).findFirst().orElse(null)))
                .toList();
    }
}
