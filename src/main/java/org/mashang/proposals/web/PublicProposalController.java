package org.mashang.proposals.web;

import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyLevel;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.mashang.proposals.AnswerClass;
import org.mashang.proposals.ProposalState;
import org.mashang.proposals.internal.ProposalFilter;
import org.mashang.proposals.internal.ProposalQueries;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public register: every submitted proposal with its units, clock, answer and progress, masked as cases are. */
@Controller
@RequestMapping("/proposals")
@RequiredArgsConstructor
class PublicProposalController {

    private final ProposalQueries queries;
    private final Directory directory;

    @GetMapping
    String list(@RequestParam(required = false) String session, @RequestParam(required = false) DeputyLevel level,
                @RequestParam(required = false) Long unit, @RequestParam(required = false) AnswerClass answerClass,
                @RequestParam(required = false) ProposalState state, @RequestParam(defaultValue = "0") int page, Model model) {
        if (state == ProposalState.DRAFTED) {
            state = null; // drafts are never public
        }
        ProposalFilter filter = new ProposalFilter(session == null || session.isBlank() ? null : session.strip(), level, unit,
                answerClass, state);
        long total = queries.publishedCount(filter);
        int p = Math.max(0, Math.min(page, 10_000));
        model.addAttribute("proposals", queries.published(filter, p));
        model.addAttribute("total", total);
        model.addAttribute("page", p);
        model.addAttribute("pages", (total + ProposalQueries.PAGE - 1) / ProposalQueries.PAGE);
        model.addAttribute("filter", filter);
        model.addAttribute("sessions", queries.sessions());
        model.addAttribute("levels", DeputyLevel.values());
        model.addAttribute("departments", directory.activeDepartments());
        model.addAttribute("classes", AnswerClass.values());
        model.addAttribute("states", java.util.Arrays.stream(ProposalState.values()).filter(ProposalState::published).toList());
        return "proposals/public-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("v", queries.publicView(id).orElseThrow(PublicProposalController::notFound));
        return "proposals/public-proposal";
    }

    /** From a case's public timeline to the proposal it grew into. */
    @GetMapping("/case/{ticket}")
    String ofCase(@PathVariable String ticket) {
        return "redirect:/proposals/" + queries.proposalOfTicket(ticket).orElseThrow(PublicProposalController::notFound);
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable UUID fileId) {
        var file = queries.file(queries.publicView(id), fileId).orElseThrow(PublicProposalController::notFound);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    static UserFacingException notFound() {
        return UserFacingException.notFound("没有找到这件代表建议");
    }
}
