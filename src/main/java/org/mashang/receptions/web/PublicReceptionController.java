package org.mashang.receptions.web;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.UserFacingException;
import org.mashang.receptions.ReceptionDay;
import org.mashang.receptions.internal.ScheduleService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A station's coming reception days and who is on duty, for everyone. */
@Controller
@RequiredArgsConstructor
class PublicReceptionController {

    /** How many days one page shows: eight weeks. */
    static final int PAGE_DAYS = 56;

    private final Directory directory;
    private final ScheduleService schedule;
    private final WorkingCalendar calendar;

    @GetMapping("/stations/{code}/receptions")
    String receptions(@PathVariable String code,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model) {
        StationCard station = directory.stationByCode(code.toLowerCase()).filter(StationCard::active)
                .orElseThrow(() -> UserFacingException.notFound("没有找到这个联络站。"));
        LocalDate today = schedule.today();
        LocalDate start = from == null ? today : from;
        if (start.isBefore(LocalDate.of(WorkingCalendar.FIRST_YEAR + 1, 1, 1)) || start.isAfter(today.plusDays(ScheduleService.MAX_DAYS_AHEAD))) {
            throw UserFacingException.badRequest("只能查看一年以内的接待日安排");
        }
        LocalDate end = start.plusDays(PAGE_DAYS - 1);
        List<ReceptionDay> days = schedule.days(station.id(), start, end);
        model.addAttribute("station", station);
        model.addAttribute("rules", schedule.rules(station.id()));
        model.addAttribute("days", days);
        model.addAttribute("notices", days.stream().filter(d -> d.notice() != null).toList());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("today", today);
        model.addAttribute("missingYears", calendar.yearsWithoutData(start.getYear(), end.getYear()));
        model.addAttribute("previous", !start.isAfter(today) ? null
                : start.minusDays(PAGE_DAYS).isBefore(today) ? today : start.minusDays(PAGE_DAYS));
        model.addAttribute("next", end.plusDays(1).isAfter(today.plusDays(ScheduleService.MAX_DAYS_AHEAD)) ? null : end.plusDays(1));
        return "receptions/public";
    }
}
