package org.mashang.open311.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.open311.internal.ApiKeys;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.SiteProperties;
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

/** The administrator issues a key per platform (shown once), sees when each was last used, and revokes it. */
@Controller
@RequestMapping("/admin/open311/keys")
@RequiredArgsConstructor
class ApiKeyAdminController {

    static final int DEFAULT_HOURLY_LIMIT = 600;

    private final ApiKeys keys;
    private final SiteProperties site;

    @GetMapping
    String list(Model model) {
        return page(model, null, DEFAULT_HOURLY_LIMIT);
    }

    @PostMapping
    String issue(@RequestParam(required = false) String name, @RequestParam(required = false) String hourlyLimit,
                 @AuthenticationPrincipal StaffUser user, Model model, HttpServletResponse response) {
        Integer limit = null;
        try {
            limit = hourlyLimit == null ? null : Integer.valueOf(hourlyLimit.strip());
        } catch (NumberFormatException e) {
            // refused by issue() with the field's message
        }
        try {
            var issued = keys.issue(name, limit, user.username());
            model.addAttribute("issued", issued);
            model.addAttribute("flash", "已签发密钥：" + issued.key().name() + "。密钥只显示这一次，请立即交给对方平台");
            return page(model, null, DEFAULT_HOURLY_LIMIT);
        } catch (FieldProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problem.getMessage());
            model.addAttribute("problemField", problem.field());
            return page(model, name, limit == null ? DEFAULT_HOURLY_LIMIT : limit);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        if (!keys.revoke(id)) {
            throw UserFacingException.notFound("没有这个密钥，或它已被吊销");
        }
        redirect.addFlashAttribute("flash", "已吊销密钥 #" + id + "：之后用它提交的诉求一律拒绝");
        return "redirect:/admin/open311/keys";
    }

    private String page(Model model, String name, int hourlyLimit) {
        model.addAttribute("keys", keys.all());
        model.addAttribute("name", name);
        model.addAttribute("hourlyLimit", hourlyLimit);
        model.addAttribute("endpoint", site.absolute("/open311/v2"));
        return "open311/keys";
    }
}
