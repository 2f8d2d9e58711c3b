package org.mashang.dispatch.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.AssignmentView;
import org.mashang.cases.CaseDetail;
import org.mashang.cases.CaseQueries;
import org.mashang.cases.ReplyTemplates;
import org.mashang.cases.DispatchSteps;
import org.mashang.cases.ListCursor;
import org.mashang.platform.ImageUpload;
import org.mashang.platform.UserFacingException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A department's workbench: its assignments, feedback, returns and extension requests. */
@Controller
@RequestMapping("/department")
@RequiredArgsConstructor
class DepartmentController {

    static final int MAX_PHOTOS = 6;
    /** The workbench's two lists, by their names in page links. */
    private static final List<String> LISTS = List.of("open", "done");

    private final CaseQueries queries;
    private final DispatchSteps steps;
    private final ReplyTemplates templates;

    @GetMapping
    String list(@RequestParam(required = false) String list, @RequestParam(required = false) String from,
                @AuthenticationPrincipal StaffUser user, Model model) {
        // the open assignments (the earliest due first) and the finished ones (the latest first), each a page at a time
        ListCursor cursor = ListCursor.parse(from).orElse(null);
        if (list != null && !LISTS.contains(list) || cursor != null && list == null) {
            throw UserFacingException.badRequest("页码不正确，请从列表第一页重新翻页");
        }
        model.addAttribute("open", queries.departmentAssignments(user, true, "open".equals(list) ? cursor : null));
        model.addAttribute("done", queries.departmentAssignments(user, false, "done".equals(list) ? cursor : null));
        model.addAttribute("paged", list);
        return "dispatch/department/list";
    }

    /** A case found by search opens at this department's latest assignment of it. */
    @GetMapping("/cases/{id}")
    String caseFound(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
        long assignment = queries.detail(user, Role.DEPARTMENT, id).stream().flatMap(d -> d.assignments().stream())
                .filter(a -> a.departmentId() == user.departmentId()).mapToLong(AssignmentView::id).max()
                .orElseThrow(() -> UserFacingException.notFound("没有找到这条留言，或您无权查看"));
        return "redirect:/department/assignments/" + assignment;
    }

    @GetMapping("/assignments/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Long template, @AuthenticationPrincipal StaffUser user,
                  Model model) {
        AssignmentView a = assignment(user, id);
        model.addAttribute("a", a);
        CaseDetail d = queries.detail(user, Role.DEPARTMENT, a.caseId()).orElseThrow();
        model.addAttribute("d", d);
        model.addAttribute("phoneMasked", true);
        model.addAttribute("revealPhoneAction", "/department/assignments/" + id + "/phone");
        model.addAttribute("picker", templates.picker(user, d, template));
        return "dispatch/department/assignment";
    }

    @PostMapping("/assignments/{id}/report")
    String report(@PathVariable long id, @RequestParam(required = false) String feedback,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                  @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        assignment(user, id);
        steps.report(user, id, feedback, ImageUpload.checkAll(photos, MAX_PHOTOS));
        redirect.addFlashAttribute("flash", "已反馈办理结果");
        return "redirect:/department/assignments/" + id;
    }

    /** The full number, when the department must call the resident: shown once, the look on the timeline. */
    @PostMapping("/assignments/{id}/phone")
    String revealPhone(@PathVariable long id, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        assignment(user, id);
        redirect.addFlashAttribute("revealedPhone", steps.revealPhone(user, id));
        return "redirect:/department/assignments/" + id;
    }

    @PostMapping("/assignments/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, @AuthenticationPrincipal StaffUser user,
                    RedirectAttributes redirect) {
        assignment(user, id);
        steps.returnAssignment(user, id, reason);
        redirect.addFlashAttribute("flash", "已退回人大工委");
        return "redirect:/department";
    }

    @PostMapping("/assignments/{id}/extension")
    String extension(@PathVariable long id, @RequestParam(required = false) Integer days, @RequestParam(required = false) String reason,
                     @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        assignment(user, id);
        if (days == null) {
            throw UserFacingException.badRequest("请填写延期天数");
        }
        steps.requestExtension(user, id, days, reason);
        redirect.addFlashAttribute("flash", "已申请延期，等待交办员答复");
        return "redirect:/department/assignments/" + id;
    }

    private AssignmentView assignment(StaffUser user, long id) {
        return queries.assignment(user, Role.DEPARTMENT, id).orElseThrow(() -> UserFacingException.notFound("没有找到这项交办任务"));
    }
}
