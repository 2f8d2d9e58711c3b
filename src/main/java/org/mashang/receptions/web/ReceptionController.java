package org.mashang.receptions.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.directory.StationChoice;
import org.mashang.directory.StationChooser;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.UserFacingException;
import org.mashang.receptions.ReceptionDay;
import org.mashang.receptions.internal.ReceptionRecord;
import org.mashang.receptions.internal.ReceptionService;
import org.mashang.receptions.internal.ScheduleService;
import org.mashang.receptions.internal.StationAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reception days for staff: a station's coming and recent days with their duty, the record of a reception held and
 * the issues raised there. Committee staff also set the rules, cancel or move a day and draw up the duty roster.
 */
@Controller
@RequestMapping("/receptions")
@RequiredArgsConstructor
class ReceptionController {

    /** The station page shows two weeks back (to record what was held) and ten weeks ahead. */
    static final int DAYS_BACK = 14;
    static final int DAYS_SHOWN = 84;

    private final StationAccess access;
    private final ScheduleService schedule;
    private final ReceptionService receptions;
    private final Directory directory;
    private final WorkingCalendar calendar;
    private final IssuePages issuePages;
    private final StationChooser chooser;

    @GetMapping
    String overview(@RequestParam(required = false) Long station, @RequestParam(required = false) Long region,
                    @RequestParam(required = false) String q, @AuthenticationPrincipal StaffUser user, Model model) {
        if (station != null) {
            return "redirect:/receptions/stations/" + access.station(user, station).id();
        }
        List<StationCard> stations = access.stations(user);
        if (stations.size() == 1) {
            return "redirect:/receptions/stations/" + stations.get(0).id();
        }
        // a province's stations, each with four weeks of days, would be thousands of reads for one page: chosen first
        if (stations.size() > StationChoice.FEW) {
            model.addAttribute("choice", chooser.choose(user.regionId(), region, q));
            model.addAttribute("stations", List.of());
            return "receptions/overview";
        }
        LocalDate today = schedule.today();
        model.addAttribute("stations", stations.stream()
                .map(s -> new StationDays(s, schedule.days(s.id(), today, today.plusDays(27)).stream().filter(ReceptionDay::held).toList()))
                .toList());
        return "receptions/overview";
    }

    record StationDays(StationCard station, List<ReceptionDay> days) {
    }

    @GetMapping("/stations/{id}")
    String station(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @AuthenticationPrincipal StaffUser user, Model model) {
        return stationPage(user, access.station(user, id), from, null, model);
    }

    // Changes to the schedule: committee staff and administrators only (also enforced by the security rules).

    @PostMapping("/stations/{id}/schedule/rules")
    String saveRules(@PathVariable long id, @ModelAttribute("rulesForm") RulesForm form, BindingResult binding,
                     @AuthenticationPrincipal StaffUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StationCard station = access.managedStation(user, id);
        return change(user, station, model, response, redirect, () -> {
            if (binding.hasErrors()) {
                throw new FieldProblem("weekdays", "每周的接待日请从周一到周日中选择");
            }
            schedule.saveRules(user, station.id(), form.rules());
            return "已保存接待日规则：" + schedule.rules(station.id()).describe();
        });
    }

    @PostMapping("/stations/{id}/schedule/change")
    String changeDay(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduled,
                     @RequestParam(required = false) String action,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate movedTo,
                     @RequestParam(required = false) String notice, @AuthenticationPrincipal StaffUser user, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        StationCard station = access.managedStation(user, id);
        if ("cancel".equals(action)) {
            return change(user, station, model, response, redirect, () -> {
                schedule.cancel(user, station.id(), scheduled, notice);
                return "已取消 " + scheduled + " 的接待日，公告已在公开页面显示";
            });
        }
        if ("move".equals(action)) {
            return change(user, station, model, response, redirect, () -> {
                schedule.move(user, station.id(), scheduled, movedTo, notice);
                return "已将 " + scheduled + " 的接待日改至 " + movedTo + "，公告已在公开页面显示";
            });
        }
        throw UserFacingException.badRequest("请选择取消还是改期");
    }

    @PostMapping("/stations/{id}/schedule/restore")
    String restoreDay(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduled,
                      @AuthenticationPrincipal StaffUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StationCard station = access.managedStation(user, id);
        return change(user, station, model, response, redirect, () -> {
            schedule.restore(station.id(), scheduled);
            return "已恢复 " + scheduled + " 的接待日";
        });
    }

    @PostMapping("/stations/{id}/schedule/duty")
    String duty(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduled,
                @RequestParam(required = false) List<Long> deputyIds, @AuthenticationPrincipal StaffUser user, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        StationCard station = access.managedStation(user, id);
        return change(user, station, model, response, redirect, () -> {
            schedule.setDuty(station.id(), scheduled, deputyIds);
            return "已保存 " + scheduled + " 的值班代表";
        });
    }

    @PostMapping("/stations/{id}/schedule/rotation")
    String rotation(@PathVariable long id, @RequestParam(defaultValue = "2") int perDay, @RequestParam(defaultValue = "8") int weeks,
                    @AuthenticationPrincipal StaffUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StationCard station = access.managedStation(user, id);
        return change(user, station, model, response, redirect, () -> {
            int filled = schedule.rotate(station.id(), perDay, weeks);
            return filled == 0 ? "接下来 " + weeks + " 周的接待日都已安排值班代表" : "已为 " + filled + " 个接待日轮流安排值班代表";
        });
    }

    /**
     * Makes a change and goes back to the station page saying what was done; a refused change shows the page again with
     * the reason (4xx).
     */
    private String change(StaffUser user, StationCard station, Model model, HttpServletResponse response, RedirectAttributes redirect,
                         Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flash", action.get());
        } catch (UserFacingException problem) {
            response.setStatus(problem.status().value());
            return stationPage(user, station, null, problem.getMessage(), model);
        }
        return "redirect:/receptions/stations/" + station.id();
    }

    private String stationPage(StaffUser user, StationCard station, LocalDate from, String problem, Model model) {
        LocalDate today = schedule.today();
        LocalDate start = from == null ? today.minusDays(DAYS_BACK) : from;
        if (start.isBefore(today.minusYears(2)) || start.isAfter(today.plusDays(ScheduleService.MAX_DAYS_AHEAD))) {
            throw UserFacingException.badRequest("只能查看两年前到一年后的接待日");
        }
        LocalDate end = start.plusDays(DAYS_SHOWN - 1);
        boolean committee = StationAccess.isCommittee(user);
        Map<LocalDate, ReceptionRecord> recorded = receptions.recent(user, station.id(), start, end, 500).stream()
                .collect(Collectors.toMap(ReceptionRecord::day, Function.identity()));
        model.addAttribute("station", station);
        model.addAttribute("rules", schedule.rules(station.id()));
        if (!model.containsAttribute("rulesForm")) {
            model.addAttribute("rulesForm", RulesForm.of(schedule.rules(station.id())));
        }
        model.addAttribute("days", schedule.days(station.id(), start, end));
        model.addAttribute("recorded", recorded);
        model.addAttribute("recent", receptions.recent(user, station.id(), today.minusYears(1), today, 20));
        model.addAttribute("deputies", directory.deputiesOfStation(station.id(), true));
        model.addAttribute("stale", committee ? schedule.staleChanges(station.id(), today) : List.of());
        model.addAttribute("committee", committee);
        model.addAttribute("today", today);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("missingYears", calendar.yearsWithoutData(start.getYear(), end.getYear()));
        model.addAttribute("problem", problem);
        return "receptions/station";
    }

    // Recording a reception and the issues raised there.

    @GetMapping("/stations/{id}/record")
    String recordForm(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      @AuthenticationPrincipal StaffUser user, Model model) {
        StationCard station = access.station(user, id);
        ReceptionForm form = new ReceptionForm();
        form.setDay(date == null ? schedule.today() : date);
        if (!form.getDay().isAfter(schedule.today()) && !form.getDay().isBefore(schedule.today().minusYears(2))) {
            schedule.heldOn(station.id(), form.getDay())
                    .ifPresent(d -> form.setDeputyIds(d.onDuty().stream().map(DeputyCard::id).collect(Collectors.toList())));
        }
        if (form.getDeputyIds().isEmpty() && user.deputyId() != null) {
            form.getDeputyIds().add(user.deputyId());
        }
        return recordPage(station, form, model);
    }

    @PostMapping("/stations/{id}/record")
    String record(@PathVariable long id, @Valid @ModelAttribute("form") ReceptionForm form, BindingResult result,
                  @AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
        StationCard station = access.station(user, id);
        if (!result.hasErrors()) {
            try {
                long receptionId = receptions.record(user, station.id(), form.input());
                redirect.addFlashAttribute("flash", "已记录接待。群众反映的问题请逐条录入，每条都会进入审核、答复、办理的闭环。");
                return "redirect:/receptions/" + receptionId;
            } catch (FieldProblem problem) {
                IssuePages.addTo(problem, result);
            }
        }
        return recordPage(station, form, model);
    }

    private String recordPage(StationCard station, ReceptionForm form, Model model) {
        LocalDate day = form.getDay();
        boolean checkable = day != null && day.getYear() > WorkingCalendar.FIRST_YEAR && day.getYear() < WorkingCalendar.LAST_YEAR;
        model.addAttribute("station", station);
        model.addAttribute("form", form);
        model.addAttribute("deputies", directory.deputiesOfStation(station.id(), false).stream()
                .filter(d -> d.serving() || form.getDeputyIds().contains(d.id())).toList());
        model.addAttribute("receptionDay", checkable ? schedule.heldOn(station.id(), day).orElse(null) : null);
        return "receptions/record";
    }

    @GetMapping("/{id}")
    String reception(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        return receptionPage(user, id, IssueForm.fresh(), model);
    }

    @PostMapping("/{id}/issues")
    String raise(@PathVariable long id, @Valid @ModelAttribute("issueForm") IssueForm form, BindingResult result,
                 @AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
        return IssuePages.raise(form, result, redirect, input -> receptions.raise(user, id, input), "/receptions/" + id,
                () -> receptionPage(user, id, form, model));
    }

    private String receptionPage(StaffUser user, long id, IssueForm form, Model model) {
        ReceptionService.ReceptionView view = receptions.view(user, id);
        model.addAttribute("r", view);
        issuePages.addIssueForm(model, view.station(), form, "/receptions/" + id);
        return "receptions/reception";
    }
}
