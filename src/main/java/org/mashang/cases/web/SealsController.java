package org.mashang.cases.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.internal.TimelineDaySeals;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.platform.UserFacingException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published day seals (每日存证): kept by anyone, they show later whether a past day was rewritten. A day at a time
 * (every street's seal of it: a province has some 2,000), or one street's recent days.
 */
@Controller
@RequiredArgsConstructor
class SealsController {

    static final int STREET_DAYS = 60;
    /** Streets of a day on one page. */
    static final int PAGE_SIZE = 200;

    private final TimelineDaySeals seals;
    private final Directory directory;

    @GetMapping("/cases/seals")
    String seals(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> day,
                 @RequestParam Optional<Long> street, @RequestParam(defaultValue = "0") long after, Model model) {
        Optional<Ref> chosen = street.map(id -> directory.region(id).orElseThrow(() -> UserFacingException.notFound("没有这个街道")));
        TimelineDaySeals.SealPage page = seals.page(day, street, STREET_DAYS, after, PAGE_SIZE);
        Map<Long, String> streets = new HashMap<>();
        page.seals().forEach(s -> streets.computeIfAbsent(s.streetId(), id -> directory.region(id).map(Ref::name).orElse("街道 " + id)));
        model.addAttribute("page", page);
        model.addAttribute("day", day.or(() -> page.seals().stream().findFirst().map(TimelineDaySeals.DaySeal::day)).orElse(null));
        model.addAttribute("street", chosen.orElse(null));
        model.addAttribute("streets", streets);
        model.addAttribute("streetDays", STREET_DAYS);
        return "cases/seals";
    }
}
