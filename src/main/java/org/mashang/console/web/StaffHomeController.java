package org.mashang.console.web;

import org.mashang.accounts.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StaffHomeController {

    /** The landing page after sign-in: one entry per role the user holds. */
    @GetMapping("/staff")
    String staff(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roleNames", user.roles().stream().map(Enum::name).toList());
        return "console/staff";
    }
}
