package org.mashang.cases.web;

import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.ReplyTemplates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every member of staff's reply templates (常用语): their own, and the street's shared ones for committee staff. */
@Controller
@RequestMapping("/staff/templates")
@RequiredArgsConstructor
class ReplyTemplateController {

    private final ReplyTemplates templates;

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("templates", templates.available(user, committee(user) ? user.regionId() : null));
        model.addAttribute("mayShare", committee(user) && user.regionId() != null);
        return "cases/templates";
    }

    @PostMapping
    String add(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
               @RequestParam(defaultValue = "false") boolean shared, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        templates.add(user, title, body, shared);
        redirect.addFlashAttribute("flash", "已添加常用语");
        return "redirect:/staff/templates";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        templates.delete(user, id);
        redirect.addFlashAttribute("flash", "已删除常用语");
        return "redirect:/staff/templates";
    }

    private static boolean committee(StaffUser user) {
        return user.has(Role.REVIEWER) || user.has(Role.DISPATCHER) || user.has(Role.ADMIN);
    }
}
