package org.mashang.directory.web;

import lombok.RequiredArgsConstructor;
import java.util.List;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.directory.StationChoice;
import org.mashang.directory.StationChooser;
import org.mashang.platform.PublicPages;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public front page: stations and the deputies serving at each; where they are too many for one page (a province's
 * 2,000 stations), the regions to go down to on /find instead.
 */
@Controller
@RequiredArgsConstructor
class HomeController {

    private final Directory directory;
    private final StationChooser chooser;

    /** The front page and deputies' photos are the same for every anonymous visitor. */
    @Bean
    static PublicPages directoryPages() {
        return PublicPages.of("/", "/d/*/photo");
    }

    @GetMapping("/")
    String home(Model model) {
        List<StationCard> stations = directory.activeStations();
        StationChoice choice = chooser.choose(null, null, null);
        model.addAttribute("firstStation", stations.isEmpty() ? null : stations.get(0));
        model.addAttribute("choice", choice.few() ? null : choice);
        model.addAttribute("stations", !choice.few() ? List.of() : stations.stream()
                .map(s -> new StationWithDeputies(s, directory.deputiesOfStation(s.id(), true))).toList());
        return "directory/home";
    }

    record StationWithDeputies(StationCard station, List<DeputyCard> deputies) {
    }
}
