package org.mashang.dispatch.web;

import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.calendar.Urgency;
import org.mashang.cases.DispatchSteps;
import org.mashang.cases.Satisfaction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the dispatchers of the level holding a case record on it besides dispatching, as the reviewers may: a change of
 * its urgency class with the reason, and a 回访 (the evaluation of a resident who cannot evaluate online, taken by phone).
 */
@Controller
@RequestMapping("/dispatch/cases/{id}")
@RequiredArgsConstructor
class HoldersRecordsController {

    private final DispatchSteps steps;

    @PostMapping("/urgency")
    String urgency(@PathVariable long id, @RequestParam(required = false) String urgency, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        steps.changeUrgency(user, id, Urgency.of(urgency), reason);
        redirect.addFlashAttribute("flash", "已调整紧急程度，期限随之调整");
        return "redirect:/dispatch/cases/" + id;
    }

    @PostMapping("/follow-up")
    String followUp(@PathVariable long id, @RequestParam(required = false) String satisfaction,
                    @RequestParam(required = false) String note, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        steps.followUp(user, id, Satisfaction.of(satisfaction), note);
        redirect.addFlashAttribute("flash", "已记录电话回访评价");
        return "redirect:/dispatch/cases/" + id;
    }
}
