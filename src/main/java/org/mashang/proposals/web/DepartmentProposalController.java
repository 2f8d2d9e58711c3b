package org.mashang.proposals.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.platform.ImageUpload;
import org.mashang.platform.UserFacingException;
import org.mashang.proposals.AnswerClass;
import org.mashang.proposals.ProgressStage;
import org.mashang.proposals.ProposalAction;
import org.mashang.proposals.internal.ProposalQueries;
import org.mashang.proposals.internal.ProposalService;
import org.mashang.proposals.internal.ProposalView;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The handling units' proposals: the lead unit answers, with its class and letter, and reports progress of A/B answers. */
@Controller
@RequestMapping("/department/proposals")
@RequiredArgsConstructor
class DepartmentProposalController {

    static final int MAX_PHOTOS = 6;

    private final ProposalQueries queries;
    private final ProposalService service;

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        return StaffProposalList.DEPARTMENT.show(queries.ofDepartment(user), model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        ProposalView v = queries.forUnit(user, id).orElseThrow(() -> UserFacingException.notFound("没有找到这件代表建议，或未交办给本单位"));
        boolean lead = v.units().stream().anyMatch(u -> u.lead() && u.id() == user.departmentId());
        model.addAttribute("v", v);
        model.addAttribute("lead", lead);
        model.addAttribute("canAnswer", lead && v.p().state().allows(ProposalAction.ANSWER));
        model.addAttribute("canReport", lead && v.p().state().takesProgress() && v.p().answerClass() != null
                && v.p().answerClass().followedUp() && v.progress().stream().noneMatch(g -> g.stage() == ProgressStage.DONE));
        model.addAttribute("classes", AnswerClass.values());
        model.addAttribute("stages", ProgressStage.values());
        return "proposals/department-proposal";
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) AnswerClass answerClass,
                  @RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile letter,
                  @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        service.answer(user, id, answerClass, text, bytes(letter));
        redirect.addFlashAttribute("flash", "已答复，等待代表评价");
        return "redirect:/department/proposals/" + id;
    }

    @PostMapping("/{id}/progress")
    String progress(@PathVariable long id, @RequestParam(required = false) ProgressStage stage,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onDate,
                    @RequestParam(required = false) String note,
                    @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                    @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        queries.forUnit(user, id).orElseThrow(() -> UserFacingException.notFound("没有找到这件代表建议，或未交办给本单位"));
        service.progress(user, id, stage, onDate, note, ImageUpload.checkAll(photos, MAX_PHOTOS));
        redirect.addFlashAttribute("flash", "已登记办理进展");
        return "redirect:/department/proposals/" + id;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
