package org.mashang.dispatch.web;

import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.dispatch.internal.Transfers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dispatcher's transfers between levels: up to the committee above (转送), back down to the one below (退回). */
@Controller
@RequestMapping("/dispatch/cases/{id}")
@RequiredArgsConstructor
class TransferController {

    private final Transfers transfers;

    @PostMapping("/transfer")
    String up(@PathVariable long id, @RequestParam(required = false) String reason, @AuthenticationPrincipal StaffUser user,
              RedirectAttributes redirect) {
        transfers.up(user, id, reason);
        redirect.addFlashAttribute("flash", "已转送上级");
        return "redirect:/dispatch";
    }

    @PostMapping("/send-back")
    String down(@PathVariable long id, @RequestParam(required = false) String reason, @AuthenticationPrincipal StaffUser user,
                RedirectAttributes redirect) {
        transfers.down(user, id, reason);
        redirect.addFlashAttribute("flash", "已退回下级");
        return "redirect:/dispatch";
    }
}
