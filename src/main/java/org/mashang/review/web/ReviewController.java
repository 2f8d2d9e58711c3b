package org.mashang.review.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.calendar.Urgency;
import org.mashang.calendar.UrgencyClocks;
import org.mashang.cases.CaseDetail;
import org.mashang.cases.CaseQueries;
import org.mashang.cases.CaseWorkflow;
import org.mashang.cases.ReplyTemplates;
import org.mashang.cases.ReviewSteps;
import org.mashang.directory.Directory;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviewer's queue and the screening of one message. */
@Controller
@RequestMapping("/review")
@RequiredArgsConstructor
class ReviewController {

    /** Reasons offered for not accepting a message; the reviewer adds details in free text. */
    static final List<String> REJECT_REASONS = List.of(
            "不属于人大代表履职范围",
            "内容不清楚，无法办理",
            "已通过诉讼、仲裁、信访等法定途径处理",
            "含有违法或不文明内容",
            "重复留言",
            "其他");

    private final CaseQueries queries;
    private final CaseWorkflow workflow;
    private final ReviewSteps review;
    private final Directory directory;

    private final org.mashang.directory.DeputyFinder finder;
    private final ReplyTemplates templates;

    private final UrgencyClocks clocks;

    @GetMapping
    String queue(@RequestParam(required = false) String list, @RequestParam(required = false) String from,
                 @AuthenticationPrincipal StaffUser user, Model model) {
        // the messages to review, and the answered cases still waiting for the resident's evaluation: the ones staff may
        // follow up by phone (回访); each list a page at a time
        model.addAttribute("lists", queries.workbench(user, Role.REVIEWER, list, from));
        model.addAttribute("paged", list);
        return "review/queue";
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Long template, @AuthenticationPrincipal StaffUser user,
                  Model model) {
        CaseDetail d = queries.visibleDetail(user, Role.REVIEWER, id);
        model.addAttribute("d", d);
        model.addAttribute("picker", templates.picker(user, d, template));
        model.addAttribute("duplicates", queries.likelyDuplicates(user, id));
        var deputies = directory.deputiesOfStation(d.stationId(), true);
        model.addAttribute("deputies", deputies);
        // a message to the station's code with a block chosen: the block's own deputy is proposed, the reviewer decides
        if (d.deputyId() == null && d.blockId() != null) {
            model.addAttribute("suggested", finder.covering(d.blockId()).stream()
                    .filter(c -> deputies.stream().anyMatch(s -> s.id() == c.id())).findFirst().orElse(null));
        }
        model.addAttribute("reasons", REJECT_REASONS);
        model.addAttribute("urgencies", clocks.choices());
        return "review/case";
    }

    @PostMapping("/cases/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) Long deputyId,
                  @RequestParam(defaultValue = "false") boolean makePublic, @RequestParam(required = false) String publicText,
                  @RequestParam(required = false) String urgency, @AuthenticationPrincipal StaffUser user,
                  RedirectAttributes redirect) {
        review.accept(user, id, deputyId, makePublic, publicText, Urgency.of(urgency));
        redirect.addFlashAttribute("flash", "已受理" + (makePublic ? "并公开" : "（不公开）"));
        return "redirect:/review";
    }

    @PostMapping("/cases/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String detail,
                  @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        if (reason == null || !REJECT_REASONS.contains(reason)) {
            throw UserFacingException.badRequest("请从列表中选择不予受理的理由");
        }
        String extra = Texts.clean(detail);
        if ("其他".equals(reason) && extra == null) {
            throw UserFacingException.badRequest("选择“其他”时请写明理由");
        }
        review.reject(user, id, extra == null ? reason : reason + "：" + extra);
        redirect.addFlashAttribute("flash", "已不予受理，理由会告知群众");
        return "redirect:/review";
    }

    @PostMapping("/cases/{id}/pause")
    String pause(@PathVariable long id, @RequestParam(required = false) String reason, @AuthenticationPrincipal StaffUser user,
                 RedirectAttributes redirect) {
        workflow.pauseClock(user, Role.REVIEWER, id, reason);
        redirect.addFlashAttribute("flash", "已暂停审核计时");
        return "redirect:/review/cases/" + id;
    }

    @PostMapping("/cases/{id}/resume")
    String resume(@PathVariable long id, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        workflow.resumeClock(user, Role.REVIEWER, id);
        redirect.addFlashAttribute("flash", "已恢复审核计时");
        return "redirect:/review/cases/" + id;
    }

    /** The urgency class of a case being handled changes, with the reason on the timeline; the running clock follows. */
    @PostMapping("/cases/{id}/urgency")
    String urgency(@PathVariable long id, @RequestParam(required = false) String urgency, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        review.changeUrgency(user, id, Urgency.of(urgency), reason);
        redirect.addFlashAttribute("flash", "已调整紧急程度，期限随之调整");
        return "redirect:/review/cases/" + id;
    }

    /** 回访: the evaluation of a resident who cannot evaluate online, taken on the phone. */
    @PostMapping("/cases/{id}/follow-up")
    String followUp(@PathVariable long id, @RequestParam(required = false) String satisfaction,
                    @RequestParam(required = false) String note, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        workflow.followUp(user, id, org.mashang.cases.Satisfaction.of(satisfaction), note);
        redirect.addFlashAttribute("flash", "已记录电话回访评价");
        return "redirect:/review/cases/" + id;
    }

    @PostMapping("/cases/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) String target, @AuthenticationPrincipal StaffUser user,
                 RedirectAttributes redirect) {
        review.merge(user, id, target);
        redirect.addFlashAttribute("flash", "已合并到 " + target);
        return "redirect:/review";
    }
}
