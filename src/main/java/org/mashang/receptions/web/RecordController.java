package org.mashang.receptions.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CoDeputies;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.mashang.receptions.DeputyRecords;
import org.mashang.receptions.internal.ActivityService;
import org.mashang.receptions.internal.ReceptionService;
import org.mashang.receptions.internal.ScheduleService;
import org.mashang.receptions.internal.StationAccess;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The deputy's own calendar and record (履职档案), and a deputy's record for the committee. */
@Controller
@RequiredArgsConstructor
class RecordController {

    /** The calendar shows the duty days of the next twelve weeks. */
    static final int CALENDAR_DAYS = 84;
    /** Records can be looked at for this many years back. */
    static final int YEARS_BACK = 4;

    private final DeputyRecords records;
    private final ScheduleService schedule;
    private final ReceptionService receptions;
    private final ActivityService activities;
    private final StationAccess access;
    private final Directory directory;
    private final CoDeputies coDeputies;

    @GetMapping("/deputy/calendar")
    String calendar(@AuthenticationPrincipal StaffUser user, Model model) {
        DeputyCard deputy = ownDeputy(user);
        LocalDate today = schedule.today();
        model.addAttribute("deputy", deputy);
        model.addAttribute("station", directory.station(deputy.stationId()).orElse(null));
        model.addAttribute("duty", schedule.dutyDays(deputy.id(), today, today.plusDays(CALENDAR_DAYS - 1)));
        model.addAttribute("rules", schedule.rules(deputy.stationId()));
        LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
        model.addAttribute("receptions", receptions.ofDeputy(deputy.id(), yearStart, today));
        model.addAttribute("activities", activities.ofDeputy(deputy.id(), yearStart, today));
        model.addAttribute("today", today);
        return "receptions/calendar";
    }

    @GetMapping("/deputy/record")
    String ownRecord(@RequestParam(required = false) Integer year, @AuthenticationPrincipal StaffUser user, Model model) {
        return recordPage(ownDeputy(user), year, true, model);
    }

    @GetMapping("/receptions/deputies/{id}/record")
    String record(@PathVariable long id, @RequestParam(required = false) Integer year, @AuthenticationPrincipal StaffUser user,
                  Model model) {
        DeputyCard deputy = directory.deputy(id).filter(d -> StationAccess.isCommittee(user) && access.mayRead(user, d.stationId()))
                .orElseThrow(() -> UserFacingException.notFound("没有找到这位代表，或您无权查看"));
        return recordPage(deputy, year, false, model);
    }

    private String recordPage(DeputyCard deputy, Integer year, boolean own, Model model) {
        int thisYear = schedule.today().getYear();
        int shown = year == null ? thisYear : year;
        if (shown < thisYear - YEARS_BACK || shown > thisYear) {
            throw UserFacingException.badRequest("只能查看近 " + (YEARS_BACK + 1) + " 年的履职档案");
        }
        LocalDate from = LocalDate.of(shown, 1, 1);
        LocalDate to = LocalDate.of(shown, 12, 31);
        model.addAttribute("deputy", deputy);
        model.addAttribute("record", records.of(deputy.id(), shown));
        model.addAttribute("jointCases", coDeputies.joined(deputy.id(), from, to));
        model.addAttribute("receptions", receptions.ofDeputy(deputy.id(), from, to));
        model.addAttribute("activities", activities.ofDeputy(deputy.id(), from, to));
        model.addAttribute("year", shown);
        model.addAttribute("years", IntStream.rangeClosed(0, YEARS_BACK).map(i -> thisYear - i).boxed().toList());
        model.addAttribute("own", own);
        return "receptions/record-page";
    }

    private DeputyCard ownDeputy(StaffUser user) {
        return Optional.ofNullable(user.deputyId()).flatMap(directory::deputy)
                .orElseThrow(() -> UserFacingException.notFound("您的账号没有关联代表，请联系管理员"));
    }
}
