package org.mashang.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.CaseWorkflow;
import org.mashang.cases.Satisfaction;
import org.mashang.cases.internal.CaseTracking;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.platform.FileStore;
import org.mashang.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A resident follows their case with the ticket number and the query code they were given. The code is posted once;
 * from then on this device proves it knows the code by a sealed cookie ({@link ResidentPass}), so the code never
 * travels in a URL: not to the tracking page, not to its photos, not after an evaluation.
 */
@Controller
@RequiredArgsConstructor
class TrackController {

    private final CaseTracking tracking;
    private final Directory directory;
    private final CaseWorkflow workflow;
    private final FileStore files;
    private final ResidentPass pass;
    private final org.mashang.cases.internal.Followers followers;

    /** The form; {@code ?ticket=} (the link in notifications) fills in the ticket. */
    @GetMapping("/track")
    String form(@RequestParam(required = false) String ticket, HttpServletRequest request, Model model) {
        if (ticket != null && pass.code(request, ticket.strip()).isPresent()) {
            return "redirect:/track/" + ticket.strip();
        }
        return form(ticket, null, request, model);
    }

    @PostMapping("/track")
    String find(@RequestParam(required = false) String ticket, @RequestParam(required = false) String code,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        if (ticket == null || ticket.isBlank() || code == null || code.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(ticket, "track.error.missing", request, model);
        }
        // a follower's ticket (我也反映, a merged message) opens the case they follow; the code is checked once either way
        Optional<String> opened = followers.follows(ticket)
                ? followers.follow(ticket, code, request.getRemoteAddr()).map(f -> f.ownTicket())
                : tracking.track(ticket, code, request.getRemoteAddr()).map(t -> t.record().ticket());
        if (opened.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return form(ticket, "track.error.notFound", request, model);
        }
        String t = opened.get();
        pass.remember(request, response, t, code.replaceAll("[^0-9]", ""), false);
        return "redirect:/track/" + t;
    }

    @GetMapping("/track/{ticket}")
    String one(@PathVariable String ticket, @RequestParam(required = false) String done, HttpServletRequest request,
               Model model) {
        if ("evaluated".equals(done) || "reopened".equals(done)) {
            model.addAttribute("done", done);
        }
        if (followers.follows(ticket)) {
            var followed = followed(request, ticket);
            if (followed.isEmpty()) {
                return form(ticket, null, request, model);
            }
            return FollowerPages.show(followed.get(), directory, model);
        }
        Optional<CaseTracking.Tracked> tracked = known(request, ticket);
        if (tracked.isEmpty()) {
            return form(ticket, null, request, model);
        }
        return show(tracked.get(), directory, model);
    }

    /** The resident's evaluation once the case is answered; "没有解决" (unsatisfied) sends it back (重办). */
    @PostMapping("/track/{ticket}/evaluate")
    String evaluate(@PathVariable String ticket, @RequestParam(required = false) String satisfaction,
                    @RequestParam(required = false) String comment, @RequestParam(defaultValue = "false") boolean keepPrivate,
                    HttpServletRequest request) {
        String code = pass.code(request, ticket).orElseThrow(TrackController::unknown);
        Satisfaction s = satisfaction(satisfaction);
        if (followers.follows(ticket)) {
            // a follower's own evaluation: recorded with them, it does not reopen the case
            followers.evaluate(ticket, code, request.getRemoteAddr(), s, comment);
            return "redirect:/track/" + ticket + "?done=evaluated";
        }
        workflow.evaluate(ticket, code, request.getRemoteAddr(), s, comment, !keepPrivate);
        return "redirect:/track/" + ticket + "?done=" + (s == Satisfaction.UNSATISFIED ? "reopened" : "evaluated");
    }

    /** The resident's own photos and those attached to the public steps. */
    @GetMapping("/track/{ticket}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String ticket, @PathVariable UUID fileId, HttpServletRequest request) {
        if (followers.follows(ticket)) {
            var own = followed(request, ticket).orElseThrow(() -> UserFacingException.notFound("没有找到这条留言"));
            return photo(own.fileIds().contains(fileId), fileId, files);
        }
        return photo(known(request, ticket), fileId, files);
    }

    /** Forgets, on this device, every ticket and code it knew (a phone shared by a family). */
    @PostMapping("/track/forget")
    String forget(HttpServletRequest request, HttpServletResponse response) {
        pass.forget(request, response);
        return "redirect:/track";
    }

    private Optional<org.mashang.cases.internal.Followers.Followed> followed(HttpServletRequest request, String ticket) {
        return pass.code(request, ticket).flatMap(code -> followers.follow(ticket, code, request.getRemoteAddr()));
    }

    private Optional<CaseTracking.Tracked> known(HttpServletRequest request, String ticket) {
        return pass.code(request, ticket).flatMap(code -> tracking.track(ticket, code, request.getRemoteAddr()));
    }

    private String form(String ticket, String error, HttpServletRequest request, Model model) {
        model.addAttribute("ticket", ticket == null ? null : ticket.strip());
        model.addAttribute("error", error);
        model.addAttribute("known", pass.entries(request).stream().map(ResidentPass.Entry::ticket).toList());
        return "cases/resident/track-form";
    }

    private static UserFacingException unknown() {
        return UserFacingException.notFound("没有找到这条留言，请先输入受理编号和查询码");
    }

    /** The choice on the evaluation form; null when none or unknown (the workflow then asks for one). */
    static @Nullable Satisfaction satisfaction(String value) {
        return Satisfaction.of(value);
    }

    /** A photo of the resident's own case, or 404. */
    static ResponseEntity<byte[]> photo(Optional<CaseTracking.Tracked> tracked, UUID fileId, FileStore files) {
        var own = tracked.orElseThrow(() -> UserFacingException.notFound("没有找到这条留言"));
        return photo(own.fileIds().contains(fileId), fileId, files);
    }

    /** A photo the resident may see (of their own case, or of a public step of the case they follow), or 404. */
    static ResponseEntity<byte[]> photo(boolean allowed, UUID fileId, FileStore files) {
        if (!allowed) {
            throw UserFacingException.notFound("没有找到这张照片");
        }
        var file = files.load(fileId).orElseThrow(() -> UserFacingException.notFound("没有找到这张照片"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
    }

    /** The tracking page of a case the resident has proved is theirs (by query code, or by verified phone). */
    static String show(CaseTracking.Tracked tracked, Directory directory, Model model) {
        var record = tracked.record();
        model.addAttribute("case", record);
        model.addAttribute("events", tracked.publicEvents());
        model.addAttribute("answer", tracked.latestAnswer().orElse(null));
        model.addAttribute("files", tracked.files());
        model.addAttribute("photos", tracked.photos());
        model.addAttribute("openStages", tracked.openStages());
        model.addAttribute("verified", tracked.verified());
        model.addAttribute("category", directory.category(record.categoryId()).map(Ref::name).orElse(""));
        model.addAttribute("deputy", record.deputyId() == null ? null : directory.deputy(record.deputyId()).orElse(null));
        model.addAttribute("station", directory.station(record.stationId()).orElse(null));
        return "cases/resident/track";
    }
}
