package org.mashang.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseContacts;
import org.mashang.cases.CaseWorkflow;
import org.mashang.cases.Satisfaction;
import org.mashang.cases.internal.CaseTracking;
import org.mashang.cases.internal.Followers;
import org.mashang.directory.Directory;
import org.mashang.platform.FileStore;
import org.mashang.platform.Phones;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.VerifiedPhone;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A resident who verified their phone (at /verify) sees every case left with that phone, without ticket numbers
 * and query codes. Without a verified phone in the session these pages lead to /verify.
 */
@Controller
@RequiredArgsConstructor
class MyCasesController {

    private final CaseContacts contacts;
    private final CaseTracking tracking;
    private final Directory directory;
    private final FileStore files;
    private final CaseWorkflow workflow;
    private final Followers followers;

    @GetMapping("/my")
    String list(HttpServletRequest request, Model model) {
        Optional<VerifiedPhone> verified = VerifiedPhone.of(request);
        if (verified.isEmpty()) {
            return "redirect:/verify";
        }
        String phone = verified.get().phone();
        model.addAttribute("phone", Phones.masked(phone));
        model.addAttribute("items", contacts.casesOfVerifiedPhone(phone));
        // the cases they joined (我也反映) with this phone, masked as on /track for a follower
        model.addAttribute("joined", followers.joinedWithPhone(phone));
        return "cases/resident/my";
    }

    @GetMapping("/my/cases/{ticket}")
    String one(@PathVariable String ticket, @RequestParam(required = false) String done, HttpServletRequest request,
               Model model) {
        Optional<VerifiedPhone> verified = VerifiedPhone.of(request);
        if (verified.isEmpty()) {
            return "redirect:/verify";
        }
        model.addAttribute("owner", true);
        if ("evaluated".equals(done) || "reopened".equals(done)) {
            model.addAttribute("done", done);
        }
        if (followers.joined(ticket)) {
            return FollowerPages.show(followers.followOwned(ticket, verified.get().phone()).orElseThrow(MyCasesController::notOwned),
                    directory, model);
        }
        var tracked = tracking.trackOwned(ticket, verified.get().phone()).orElseThrow(MyCasesController::notOwned);
        return TrackController.show(tracked, directory, model);
    }

    /** The same single evaluation as on /track: "没有解决" (unsatisfied) sends the case back (重办). */
    @PostMapping("/my/cases/{ticket}/evaluate")
    String evaluate(@PathVariable String ticket, @RequestParam(required = false) String satisfaction,
                    @RequestParam(required = false) String comment, @RequestParam(defaultValue = "false") boolean keepPrivate,
                    HttpServletRequest request) {
        Optional<VerifiedPhone> verified = VerifiedPhone.of(request);
        if (verified.isEmpty()) {
            return "redirect:/verify";
        }
        Satisfaction s = TrackController.satisfaction(satisfaction);
        if (followers.joined(ticket)) {
            // a joined case: the resident's own evaluation, it does not reopen the case
            followers.evaluateOwned(ticket, verified.get().phone(), s, comment);
            return "redirect:/my/cases/" + ticket + "?done=evaluated";
        }
        workflow.evaluateAsOwner(ticket, verified.get().phone(), s, comment, !keepPrivate);
        return "redirect:/my/cases/" + ticket + "?done=" + (s == Satisfaction.UNSATISFIED ? "reopened" : "evaluated");
    }

    @GetMapping("/my/cases/{ticket}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String ticket, @PathVariable UUID fileId, HttpServletRequest request) {
        String phone = VerifiedPhone.of(request).map(VerifiedPhone::phone).orElse(null);
        if (followers.joined(ticket)) {
            var own = followers.followOwned(ticket, phone).orElseThrow(MyCasesController::notOwned);
            return TrackController.photo(own.fileIds().contains(fileId), fileId, files);
        }
        return TrackController.photo(tracking.trackOwned(ticket, phone), fileId, files);
    }

    private static UserFacingException notOwned() {
        return UserFacingException.notFound("没有找到这条留言：只能查看用已验证的手机号留下的留言");
    }
}
