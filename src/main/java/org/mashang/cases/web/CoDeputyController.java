package org.mashang.cases.web;

import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CoDeputies;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The responsible deputy asks another deputy, of any level, to join a case (联名), by the code on the deputy's sign. */
@Controller
@RequiredArgsConstructor
class CoDeputyController {

    private final CoDeputies coDeputies;
    private final Directory directory;

    @PostMapping("/deputy/cases/{id}/co-deputies")
    String join(@PathVariable long id, @RequestParam(required = false) String code, @AuthenticationPrincipal StaffUser user,
                RedirectAttributes redirect) {
        String wanted = code == null ? "" : code.strip();
        DeputyCard deputy = directory.deputyByCode(wanted)
                .orElseThrow(() -> UserFacingException.badRequest("没有编号为「" + wanted + "」的人大代表"));
        coDeputies.join(user, id, deputy.id());
        redirect.addFlashAttribute("flash", deputy.name() + "已加入联名");
        return "redirect:/deputy/cases/" + id;
    }
}
