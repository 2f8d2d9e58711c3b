package org.mashang.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.mashang.calendar.CalendarDay;
import org.mashang.calendar.DayKind;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.Stage;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.calendar.internal.CalendarAdmin;
import org.mashang.calendar.internal.CalendarRepository;
import org.mashang.calendar.internal.CsvRejected;
import org.mashang.calendar.internal.DeadlineSettings;
import org.mashang.calendar.internal.ImportMode;
import org.mashang.calendar.internal.ImportResult;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.Zones;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作日历: the holidays and adjusted working days of a year, the holiday file, and the deadline settings. */
@Controller
@RequestMapping("/admin/calendar")
@RequiredArgsConstructor
class CalendarAdminController {

    /** A recorded day as the list shows it. */
    record Row(LocalDate date, String weekday, DayKind kind, String name) {
    }

    /** A stage on the deadline page: its form field, the default, what applies now and an example deadline. */
    record StageRow(Stage stage, String field, int defaultDays, int days, String exampleDue) {
    }

    private final CalendarRepository days;
    private final CalendarAdmin admin;
    private final WorkingCalendar calendar;
    private final Deadlines deadlines;
    private final Clock clock;

    @GetMapping
    String year(@RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        DayForm form = new DayForm();
        if (day != null) {
            form.setDate(day);
            days.find(day).ifPresent(d -> {
                form.setKind(d.kind());
                form.setName(d.name());
            });
        }
        return page(checkedYear(year != null ? year : day != null ? day.getYear() : today().getYear()), form, model);
    }

    @PostMapping("/days")
    String saveDay(@Valid @ModelAttribute("form") DayForm form, BindingResult result, Principal who, Model model,
                   RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                admin.saveDay(form.getDate(), form.getKind(), form.getName(), who.getName());
                redirect.addFlashAttribute("flash", "已保存：" + form.getDate() + " " + form.getKind().label() + "（" + form.getName().strip() + "）");
                return "redirect:/admin/calendar?year=" + form.getDate().getYear();
            } catch (FieldProblem problem) {
                problem.addTo(result);
            }
        }
        return page(yearShownFor(form.getDate()), form, model);
    }

    @PostMapping("/days/{date}/delete")
    String deleteDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        admin.deleteDay(date);
        redirect.addFlashAttribute("flash", "已删除 " + date + " 的记录，这一天按普通的星期几计算");
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    @PostMapping("/import")
    String importFile(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "MERGE") ImportMode mode,
                      Principal who, Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        try {
            ImportResult result = admin.importCsv(file == null ? null : file.getBytes(), mode, who.getName());
            redirect.addFlashAttribute("flash", result.summary());
            int shown = result.replacedYears().isEmpty() ? result.daysByYear().lastKey() : result.replacedYears().first();
            return "redirect:/admin/calendar?year=" + shown;
        } catch (CsvRejected rejected) {
            response.setStatus(rejected.status().value());
            model.addAttribute("importError", rejected.getMessage());
            model.addAttribute("importProblems", rejected.problems());
            model.addAttribute("mode", mode);
            return page(today().getYear(), new DayForm(), model);
        }
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam int year) {
        byte[] csv = ("\uFEFF" + admin.exportCsv(checkedYear(year))).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("holidays-" + year + ".csv").build().toString())
                .body(csv);
    }

    @GetMapping("/deadlines")
    String deadlines(Model model) {
        return deadlinePage(DeadlineForm.of(admin.deadlineSettings()), model);
    }

    @PostMapping("/deadlines")
    String saveDeadlines(@Valid @ModelAttribute("form") DeadlineForm form, BindingResult result, Principal who, Model model,
                         RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                admin.saveDeadlines(form.workingDays(), form.getDueSoon(), who.getName());
                redirect.addFlashAttribute("flash", "已保存办理时限，新的时限从现在起计算");
                return "redirect:/admin/calendar/deadlines";
            } catch (FieldProblem problem) {
                problem.addTo(result);
            }
        }
        return deadlinePage(form, model);
    }

    private String page(int year, DayForm form, Model model) {
        List<CalendarDay> recorded = days.ofYear(year);
        List<Row> rows = recorded.stream().map(d -> new Row(d.date(), weekday(d.date()), d.kind(), d.name())).toList();
        int workingDays = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            workingDays += calendar.isWorkingDay(d) ? 1 : 0;
        }
        TreeSet<Integer> years = new TreeSet<>(days.years());
        years.removeIf(y -> !calendar.hasDataFor(y));
        int thisYear = today().getYear();
        years.add(thisYear);
        years.add(Math.min(thisYear + 1, WorkingCalendar.LAST_YEAR));
        years.add(year);
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("hasData", calendar.hasDataFor(year));
        model.addAttribute("missingYears", calendar.yearsWithoutData(thisYear, Math.min(thisYear + 1, WorkingCalendar.LAST_YEAR)));
        model.addAttribute("months", YearGrid.of(year, calendar, today()));
        model.addAttribute("rows", rows);
        model.addAttribute("holidays", recorded.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count());
        model.addAttribute("adjusted", recorded.stream().filter(d -> d.kind() == DayKind.ADJUSTED_WORKDAY).count());
        model.addAttribute("workingDays", workingDays);
        model.addAttribute("kinds", List.of(DayKind.HOLIDAY, DayKind.ADJUSTED_WORKDAY));
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("cutOff", calendar.cutOff());
        model.addAttribute("form", form);
        if (!model.containsAttribute("mode")) {
            model.addAttribute("mode", ImportMode.MERGE);
        }
        return "calendar/calendar";
    }

    private String deadlinePage(DeadlineForm form, Model model) {
        DeadlineSettings settings = admin.deadlineSettings();
        Instant now = clock.instant();
        List<StageRow> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            stages.add(new StageRow(stage, CalendarAdmin.field(stage), settings.defaults().get(stage), settings.workingDays(stage),
                    dueText(deadlines.dueAt(stage, now))));
        }
        model.addAttribute("stages", stages);
        model.addAttribute("settings", settings);
        model.addAttribute("now", now);
        model.addAttribute("firstDay", dayText(calendar.firstCountedDay(now)));
        model.addAttribute("cutOff", calendar.cutOff());
        model.addAttribute("form", form);
        return "calendar/deadlines";
    }

    /** The last day of a deadline as people read it: 2026-11-27（星期五）24:00 前 */
    private static String dueText(Instant due) {
        return dayText(WorkingCalendar.lastDayOf(due)) + " 24:00 前";
    }

    private static String dayText(LocalDate day) {
        return day + "（" + weekday(day) + "）";
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    /** The year the page shows after a rejected day form. */
    private int yearShownFor(LocalDate date) {
        if (date != null && date.getYear() >= WorkingCalendar.FIRST_YEAR && date.getYear() <= WorkingCalendar.LAST_YEAR) {
            return date.getYear();
        }
        return today().getYear();
    }

    private static int checkedYear(int year) {
        if (year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
            throw UserFacingException.badRequest("年份应在 " + WorkingCalendar.FIRST_YEAR + " 到 " + WorkingCalendar.LAST_YEAR + " 之间");
        }
        return year;
    }
}
