package org.mashang.accounts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.platform.Zones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminHomeController {

    private final WorkingCalendar calendar;
    private final Clock clock;

    AdminHomeController(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The dashboard; it flags this year and next year when their holidays have not been loaded. */
    @GetMapping("/admin")
    String home(Model model) {
        int year = LocalDate.ofInstant(clock.instant(), Zones.CHINA).getYear();
        model.addAttribute("thisYear", year);
        model.addAttribute("missingYears", List.copyOf(calendar.yearsWithoutData(year, year + 1)));
        return "admin/home";
    }
}
