package org.mashang.cases.web;

import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CaseQueries;
import org.mashang.cases.CaseState;
import org.mashang.platform.UserFacingException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Files of cases for staff in scope, and the administrator's read-only view of the region's cases. */
@Controller
@RequiredArgsConstructor
class StaffCaseController {

    private final CaseQueries queries;

    @GetMapping("/staff/cases/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable UUID fileId, @AuthenticationPrincipal StaffUser user) {
        var file = queries.file(user, id, fileId).orElseThrow(() -> UserFacingException.notFound("没有找到这个文件，或您无权查看"));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
    }

    /** The region's cases are listed by the staff search now; old links keep their state filter. */
    @GetMapping("/admin/cases")
    String adminList(@RequestParam(required = false) CaseState state) {
        return "redirect:/staff/search?as=ADMIN" + (state == null ? "" : "&state=" + state.name());
    }

    @GetMapping("/admin/cases/{id}")
    String adminDetail(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("d", queries.visibleDetail(user, Role.ADMIN, id));
        return "cases/admin-case";
    }
}
