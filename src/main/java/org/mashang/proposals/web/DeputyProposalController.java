package org.mashang.proposals.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CaseProposals;
import org.mashang.proposals.DeputyEvaluation;
import org.mashang.proposals.ProposalAction;
import org.mashang.proposals.internal.ProposalQueries;
import org.mashang.proposals.internal.ProposalService;
import org.mashang.proposals.internal.ProposalView;
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

/** The deputy's proposals: draft from their cases or blank, submit, evaluate the answer. */
@Controller
@RequestMapping("/deputy/proposals")
@RequiredArgsConstructor
class DeputyProposalController {

    private final ProposalQueries queries;
    private final ProposalService service;
    private final CaseProposals cases;

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("proposals", queries.ofDeputy(user));
        model.addAttribute("me", user.deputyId());
        return "proposals/deputy-list";
    }

    @GetMapping("/new")
    String form(@RequestParam(name = "cases", required = false) List<Long> chosen, @AuthenticationPrincipal StaffUser user,
                Model model) {
        formModel(user, model, chosen, List.of());
        return "proposals/deputy-form";
    }

    @PostMapping
    String draft(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
                 @RequestParam(name = "cases", required = false) List<Long> caseIds,
                 @RequestParam(name = "cosigners", required = false) List<Long> cosigners,
                 @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        long id = service.draft(user, title, body, caseIds, cosigners);
        redirect.addFlashAttribute("flash", "草稿已保存；核对后请提交");
        return "redirect:/deputy/proposals/" + id;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        ProposalView v = queries.forDeputy(user, id).orElseThrow(DeputyProposalController::notFound);
        model.addAttribute("v", v);
        boolean lead = v.p().leadDeputyId() == user.deputyId();
        model.addAttribute("lead", lead);
        model.addAttribute("canEdit", lead && v.p().state().allows(ProposalAction.EDIT));
        model.addAttribute("canEvaluate", lead && v.p().state().allows(ProposalAction.ACCEPT_ANSWER));
        model.addAttribute("evaluations", DeputyEvaluation.values());
        if (lead && v.p().state().allows(ProposalAction.EDIT)) {
            formModel(user, model, queries.caseIds(id), queries.cosignerIds(id));
        }
        return "proposals/deputy-proposal";
    }

    @PostMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                @RequestParam(name = "cases", required = false) List<Long> caseIds,
                @RequestParam(name = "cosigners", required = false) List<Long> cosigners,
                @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        service.edit(user, id, title, body, caseIds, cosigners);
        redirect.addFlashAttribute("flash", "草稿已保存");
        return "redirect:/deputy/proposals/" + id;
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        service.submit(user, id);
        redirect.addFlashAttribute("flash", "已提交人大工委登记交办；所关联的留言已显示“已形成代表建议”");
        return "redirect:/deputy/proposals/" + id;
    }

    @PostMapping("/{id}/evaluate")
    String evaluate(@PathVariable long id, @RequestParam(required = false) DeputyEvaluation evaluation,
                    @RequestParam(required = false) String comment, @AuthenticationPrincipal StaffUser user,
                    RedirectAttributes redirect) {
        service.evaluate(user, id, evaluation, comment);
        redirect.addFlashAttribute("flash", evaluation == DeputyEvaluation.UNSATISFIED ? "已评价不满意" : "已评价，建议办结");
        return "redirect:/deputy/proposals/" + id;
    }

    private void formModel(StaffUser user, Model model, List<Long> chosenCases, List<Long> chosenCosigners) {
        var proposable = new java.util.ArrayList<>(cases.proposable(user));
        model.addAttribute("proposable", proposable);
        model.addAttribute("chosenCases", chosenCases == null ? List.of() : chosenCases);
        model.addAttribute("cosignerChoices", queries.possibleCosigners(user));
        model.addAttribute("chosenCosigners", chosenCosigners);
    }

    static UserFacingException notFound() {
        return UserFacingException.notFound("没有找到这件代表建议，或您无权查看");
    }
}
