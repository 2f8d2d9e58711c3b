package org.mashang.console.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.platform.Zones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@RequiredArgsConstructor
class AdminHomeController {

    private final WorkingCalendar calendar;
    private final Clock clock;

    private final org.mashang.signs.PrintedAddress printed;

    /** The dashboard; it flags missing holidays of this year and next, and a wrong address for the QR codes. */
    @GetMapping("/admin")
    String home(Model model) {
        int year = LocalDate.ofInstant(clock.instant(), Zones.CHINA).getYear();
        model.addAttribute("thisYear", year);
        model.addAttribute("missingYears", List.copyOf(calendar.yearsWithoutData(year, year + 1)));
        // signs printed with a wrong address lead nowhere: say so before anyone prints
        org.mashang.signs.PrintedAddresses.add(printed, model);
        return "console/admin";
    }
}
