package org.mashang.cases.web;

import org.mashang.cases.internal.CaseTracking;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** A resident follows their case with the ticket number and the query code they were given. */
@Controller
class TrackController {

    private final CaseTracking tracking;
    private final Directory directory;

    TrackController(CaseTracking tracking, Directory directory) {
        this.tracking = tracking;
        this.directory = directory;
    }

    @GetMapping("/track")
    String track(@RequestParam(required = false) String ticket, @RequestParam(required = false) String code, Model model,
                 HttpServletResponse response) {
        model.addAttribute("ticket", ticket);
        if (ticket == null && code == null) {
            return "resident/track";
        }
        if (ticket == null || ticket.isBlank() || code == null || code.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "请同时填写受理编号和查询码");
            return "resident/track";
        }
        var tracked = tracking.track(ticket, code);
        if (tracked.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("error", "没有找到这条留言，请核对受理编号和查询码");
            return "resident/track";
        }
        var record = tracked.get().record();
        model.addAttribute("case", record);
        model.addAttribute("events", tracked.get().publicEvents());
        model.addAttribute("category", directory.category(record.categoryId()).map(Ref::name).orElse(""));
        model.addAttribute("deputy", record.deputyId() == null ? null : directory.deputy(record.deputyId()).orElse(null));
        model.addAttribute("station", directory.station(record.stationId()).orElse(null));
        return "resident/track";
    }
}
