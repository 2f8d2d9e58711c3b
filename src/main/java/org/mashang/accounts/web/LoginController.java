package org.mashang.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.internal.DemoPasswords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@RequiredArgsConstructor
class LoginController {

    private final DemoPasswords demo;

    /**
     * The sign-in page; a sign-in that must wait comes back here with the reason (see LoginThrottle), and while the
     * demo is on it shows the demo accounts' password.
     */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("refused", request.getAttribute("mashang.loginRefused"));
        model.addAttribute("demoPassword", demo.shownPassword().orElse(null));
        return "accounts/login";
    }
}
