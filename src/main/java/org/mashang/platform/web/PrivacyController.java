package org.mashang.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy notice linked from the message form: what is collected, why, who sees it, how long it is kept and how to
 * ask for deletion (PIPL). Who runs the site and how long things are kept come from {@code mashang.site.*}.
 */
@Controller
class PrivacyController {

    @GetMapping("/privacy")
    String privacy() {
        return "platform/privacy";
    }
}
