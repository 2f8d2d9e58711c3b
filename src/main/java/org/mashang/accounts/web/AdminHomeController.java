package org.mashang.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String home() {
        return "admin/home";
    }
}
