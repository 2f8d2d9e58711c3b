package org.mashang.cases.web;

import org.mashang.cases.CaseWorkflow;
import org.mashang.cases.Satisfaction;
import org.mashang.cases.internal.CaseTracking;
import org.mashang.platform.FileStore;
import org.mashang.platform.UserFacingException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.UUID;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A resident follows their case with the ticket number and the query code they were given. */
@Controller
class TrackController {

    private final CaseTracking tracking;
    private final Directory directory;
    private final CaseWorkflow workflow;
    private final FileStore files;

    TrackController(CaseTracking tracking, Directory directory, CaseWorkflow workflow, FileStore files) {
        this.tracking = tracking;
        this.directory = directory;
        this.workflow = workflow;
        this.files = files;
    }

    /** The resident's evaluation once the case is answered; unsatisfied sends it back (重办). */
    @PostMapping("/track/evaluate")
    String evaluate(@RequestParam(required = false) String ticket, @RequestParam(required = false) String code,
                    @RequestParam(required = false) String satisfaction, @RequestParam(required = false) String comment,
                    HttpServletRequest request, RedirectAttributes redirect) {
        Satisfaction s = satisfaction(satisfaction);
        workflow.evaluate(ticket, code, request.getRemoteAddr(), s, comment);
        redirect.addFlashAttribute("flash", thanks(s));
        return back(ticket, code, redirect);
    }

    /** The choice on the evaluation form; null when none or unknown (the workflow then asks for one). */
    static Satisfaction satisfaction(String value) {
        try {
            return value == null ? null : Satisfaction.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String thanks(Satisfaction s) {
        return s == Satisfaction.UNSATISFIED ? "感谢评价，留言已重新办理" : "感谢您的评价";
    }

    @PostMapping("/track/reopen")
    String reopen(@RequestParam(required = false) String ticket, @RequestParam(required = false) String code,
                  @RequestParam(required = false) String reason, HttpServletRequest request, RedirectAttributes redirect) {
        workflow.reopen(ticket, code, request.getRemoteAddr(), reason);
        redirect.addFlashAttribute("flash", "已申请重办，代表会继续办理");
        return back(ticket, code, redirect);
    }

    /** The resident's own photos and those attached to the public steps. */
    @GetMapping("/track/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable UUID fileId, @RequestParam(required = false) String ticket,
                                @RequestParam(required = false) String code, HttpServletRequest request) {
        return photo(tracking.track(ticket, code, request.getRemoteAddr()), fileId, files);
    }

    /** A photo of the resident's own case, or 404. */
    static ResponseEntity<byte[]> photo(java.util.Optional<CaseTracking.Tracked> tracked, UUID fileId, FileStore files) {
        var own = tracked.orElseThrow(() -> UserFacingException.notFound("没有找到这条留言"));
        if (!own.fileIds().contains(fileId)) {
            throw UserFacingException.notFound("没有找到这张照片");
        }
        var file = files.load(fileId).orElseThrow(() -> UserFacingException.notFound("没有找到这张照片"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
    }

    private static String back(String ticket, String code, RedirectAttributes redirect) {
        redirect.addAttribute("ticket", ticket);
        redirect.addAttribute("code", code);
        return "redirect:/track";
    }

    @GetMapping("/track")
    String track(@RequestParam(required = false) String ticket, @RequestParam(required = false) String code, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("ticket", ticket);
        if (ticket == null && code == null) {
            return "resident/track";
        }
        if (ticket == null || ticket.isBlank() || code == null || code.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "请同时填写受理编号和查询码");
            return "resident/track";
        }
        var tracked = tracking.track(ticket, code, request.getRemoteAddr());
        if (tracked.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("error", "没有找到这条留言，请核对受理编号和查询码");
            return "resident/track";
        }
        model.addAttribute("code", code);
        return show(tracked.get(), directory, model);
    }

    /** The tracking page of a case the resident has proved is theirs (by query code, or by verified phone). */
    static String show(CaseTracking.Tracked tracked, Directory directory, Model model) {
        var record = tracked.record();
        model.addAttribute("case", record);
        model.addAttribute("events", tracked.publicEvents());
        model.addAttribute("files", tracked.files());
        model.addAttribute("photos", tracked.photos());
        model.addAttribute("openStages", tracked.openStages());
        model.addAttribute("verified", tracked.verified());
        model.addAttribute("category", directory.category(record.categoryId()).map(Ref::name).orElse(""));
        model.addAttribute("deputy", record.deputyId() == null ? null : directory.deputy(record.deputyId()).orElse(null));
        model.addAttribute("station", directory.station(record.stationId()).orElse(null));
        return "resident/track";
    }
}
