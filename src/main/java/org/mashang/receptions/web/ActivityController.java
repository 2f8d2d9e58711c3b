package org.mashang.receptions.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.directory.StationChoice;
import org.mashang.directory.StationChooser;
import org.mashang.platform.Attachment;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.FileStore;
import org.mashang.platform.ImageUpload;
import org.mashang.platform.UserFacingException;
import org.mashang.receptions.ActivityKind;
import org.mashang.receptions.internal.ActivityService;
import org.mashang.receptions.internal.ScheduleService;
import org.mashang.receptions.internal.StationAccess;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forums and the "5+1" activities: the list, recording one with its outcomes and photos, and the issues raised there. */
@Controller
@RequestMapping("/activities")
@RequiredArgsConstructor
class ActivityController {

    private final ActivityService activities;
    private final StationAccess access;
    private final ScheduleService schedule;
    private final Directory directory;
    private final IssuePages issuePages;
    private final StationChooser chooser;

    @GetMapping
    String list(@RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) Integer year,
                @AuthenticationPrincipal StaffUser user, Model model) {
        int thisYear = schedule.today().getYear();
        int shown = year == null ? thisYear : year;
        if (shown < thisYear - 10 || shown > thisYear) {
            throw UserFacingException.badRequest("年份不正确");
        }
        model.addAttribute("items", activities.recent(user, kind, LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31), 500));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("year", shown);
        model.addAttribute("years", List.of(thisYear, thisYear - 1, thisYear - 2));
        return "receptions/activities";
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) Long station,
                @RequestParam(required = false) Long region, @RequestParam(required = false) String q,
                @AuthenticationPrincipal StaffUser user, Model model) {
        ActivityForm form = new ActivityForm();
        form.setKind(kind == null ? ActivityKind.FORUM : kind);
        form.setDay(schedule.today());
        List<StationCard> stations = access.stations(user);
        if (stations.size() == 1) {
            form.setStationId(stations.get(0).id());
        }
        if (station != null) {
            form.setStationId(access.station(user, station).id());
        } else if (stations.size() > StationChoice.FEW) {
            model.addAttribute("choice", chooser.choose(user.regionId(), region, q));
            return "receptions/activity-form";
        }
        if (user.deputyId() != null) {
            form.getDeputyIds().add(user.deputyId());
        }
        return formPage(user, form, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult result,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> uploads, @AuthenticationPrincipal StaffUser user,
                  Model model, RedirectAttributes redirect) {
        List<Attachment> photos = List.of();
        try {
            photos = ImageUpload.checkAll(uploads, ActivityService.MAX_PHOTOS);
        } catch (UserFacingException e) {
            result.reject("photos", e.getMessage());
        }
        if (!result.hasErrors()) {
            try {
                long id = activities.record(user, form.input(photos));
                redirect.addFlashAttribute("flash", "已记录活动。群众反映的问题请逐条录入，每条都会进入审核、答复、办理的闭环。");
                return "redirect:/activities/" + id;
            } catch (FieldProblem problem) {
                IssuePages.addTo(problem, result);
            }
        }
        model.addAttribute("photosDropped", !photos.isEmpty() || (uploads != null && uploads.stream().anyMatch(f -> !f.isEmpty())));
        return formPage(user, form, model);
    }

    private String formPage(StaffUser user, ActivityForm form, Model model) {
        List<StationCard> stations = access.stations(user);
        // a province's stations with their deputies and blocks would be megabytes: the form is for the one chosen
        List<StationCard> chosen = StationChoice.onForm(stations, form.getStationId());
        if (chosen.size() < stations.size()) {
            if (chosen.isEmpty()) {
                model.addAttribute("choice", chooser.choose(user.regionId(), null, null));
                return "receptions/activity-form";
            }
            stations = chosen;
            model.addAttribute("chosenOfMany", chosen.get(0));
        }
        model.addAttribute("form", form);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("stations", stations);
        model.addAttribute("deputies", stations.stream().flatMap(s -> directory.deputiesOfStation(s.id(), true).stream()).toList());
        model.addAttribute("blocks", stations.stream().map(StationCard::streetId).distinct()
                .flatMap(street -> directory.blocksOfStreet(street).stream()).toList());
        return "receptions/activity-form";
    }

    @GetMapping("/{id}")
    String activity(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        return activityPage(user, id, IssueForm.fresh(), model);
    }

    @PostMapping("/{id}/issues")
    String raise(@PathVariable long id, @Valid @ModelAttribute("issueForm") IssueForm form, BindingResult result,
                 @AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
        return IssuePages.raise(form, result, redirect, input -> activities.raise(user, id, input), "/activities/" + id,
                () -> activityPage(user, id, form, model));
    }

    private String activityPage(StaffUser user, long id, IssueForm form, Model model) {
        ActivityService.ActivityView view = activities.view(user, id);
        model.addAttribute("a", view);
        issuePages.addIssueForm(model, view.station(), form, "/activities/" + id);
        return "receptions/activity";
    }

    @GetMapping("/{id}/photos/{position}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable int position, @AuthenticationPrincipal StaffUser user) {
        FileStore.StoredFile file = activities.photo(user, id, position);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noStore().cachePrivate()).body(file.content());
    }

    /** A form posted with an outcome line far beyond those on the page. */
    @ExceptionHandler(InvalidPropertyException.class)
    String badLine(jakarta.servlet.http.HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
        model.addAttribute("message", "提交的内容不正确，请返回上一页重试。");
        return "error";
    }
}
