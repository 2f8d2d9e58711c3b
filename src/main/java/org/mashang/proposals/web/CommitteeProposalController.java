package org.mashang.proposals.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.Directory;
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

/** The committee's register: submitted proposals get their number and their handling units (主办 + 协办). */
@Controller
@RequestMapping("/dispatch/proposals")
@RequiredArgsConstructor
class CommitteeProposalController {

    private final ProposalQueries queries;
    private final ProposalService service;
    private final Directory directory;

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        return StaffProposalList.COMMITTEE.show(queries.forCommittee(user), model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        ProposalView v = queries.forCommittee(user, id)
                .orElseThrow(() -> UserFacingException.notFound("没有找到这件代表建议，或不在您的辖区"));
        model.addAttribute("v", v);
        model.addAttribute("canAssign", v.p().state().allows(ProposalAction.ASSIGN));
        model.addAttribute("departments", directory.activeDepartments());
        model.addAttribute("sessions", queries.sessions());
        return "proposals/committee-proposal";
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) String congress, @RequestParam(required = false) String session,
                  @RequestParam(required = false) Long lead, @RequestParam(name = "coHandlers", required = false) List<Long> coHandlers,
                  @RequestParam(defaultValue = "false") boolean difficult, @AuthenticationPrincipal StaffUser user,
                  RedirectAttributes redirect) {
        service.assign(user, id, congress, session, lead, coHandlers, difficult);
        redirect.addFlashAttribute("flash", "已登记并交办承办单位");
        return "redirect:/dispatch/proposals/" + id;
    }
}
