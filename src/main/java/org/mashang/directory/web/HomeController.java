package org.mashang.directory.web;

import lombok.RequiredArgsConstructor;
import org.mashang.directory.Directory;
import org.mashang.platform.PublicPages;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page: stations and the deputies serving at each. */
@Controller
@RequiredArgsConstructor
class HomeController {

    private final Directory directory;

    /** The front page and deputies' photos are the same for every anonymous visitor. */
    @Bean
    static PublicPages directoryPages() {
        return PublicPages.of("/", "/d/*/photo");
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("stations", directory.activeStations().stream()
                .map(s -> new StationWithDeputies(s, directory.deputiesOfStation(s.id(), true))).toList());
        return "directory/home";
    }

    record StationWithDeputies(org.mashang.directory.StationCard station, java.util.List<org.mashang.directory.DeputyCard> deputies) {
    }
}
