package org.mashang.dispatch.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.Stage;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.cases.CaseDetail;
import org.mashang.cases.CaseQueries;
import org.mashang.cases.DispatchSteps;
import org.mashang.directory.Directory;
import org.mashang.dispatch.internal.RoutingRules;
import org.mashang.dispatch.internal.Transfers;
import org.mashang.platform.UserFacingException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dispatcher's workbench (交办督办). */
@Controller
@RequestMapping("/dispatch")
class DispatchController {

    private final CaseQueries queries;
    private final DispatchSteps steps;
    private final Directory directory;
    private final Clock clock;
    private final Deadlines deadlines;
    private final RoutingRules routing;
    private final Transfers transfers;

    private final org.mashang.calendar.UrgencyClocks clocks;

    DispatchController(CaseQueries queries, DispatchSteps steps, Directory directory, Clock clock, Deadlines deadlines,
                       RoutingRules routing, org.mashang.calendar.UrgencyClocks clocks, Transfers transfers) {
        this.clocks = clocks;
        this.transfers = transfers;
        this.deadlines = deadlines;
        this.routing = routing;
        this.queries = queries;
        this.steps = steps;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    String queue(@RequestParam(required = false) String list, @RequestParam(required = false) String from,
                 @AuthenticationPrincipal StaffUser user, Model model) {
        // waiting for dispatch, overdue (督办) and being handled: each list a page at a time
        model.addAttribute("lists", queries.workbench(user, Role.DISPATCHER, list, from));
        model.addAttribute("paged", list);
        return "dispatch/queue";
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        CaseDetail d = queries.visibleDetail(user, Role.DISPATCHER, id);
        model.addAttribute("d", d);
        long street = directory.station(d.stationId()).map(s -> s.streetId()).orElse(0L);
        // the committee holding the case (its street's, or the one it was transferred up to) dispatches to its departments
        Transfers.Position levels = transfers.position(user, id).orElseThrow();
        model.addAttribute("levels", levels);
        var departments = directory.departmentsOfCommittee(levels.holderRegionId());
        model.addAttribute("departments", departments);
        model.addAttribute("suggested", queries.departmentSuggestions(user, Role.DISPATCHER, id));
        // the catalogue's line for the case's category and place (its block, else its street) proposes departments and a day
        // a line of an upper committee's catalogue naming only its own bureaus cannot be followed here: it tells the
        // holder to transfer the case up rather than claiming to pre-select departments the form does not offer
        var dispatchable = departments.stream().map(org.mashang.directory.DepartmentRef::id).toList();
        var catalogue = routing.proposal(d.categoryId(), d.blockId() != null ? d.blockId() : street);
        var proposal = catalogue.filter(p -> p.followableWith(dispatchable));
        model.addAttribute("routing", proposal.orElse(null));
        model.addAttribute("routingAbove", catalogue.filter(p -> !p.followableWith(dispatchable)).orElse(null));
        // an urgency class with its own clock for departments (urgent, complex) proposes its day first; then the rule's
        // working days from now; the dispatcher may set another day
        var urgency = d.summary().urgency();
        var now = clock.instant();
        var today = java.time.LocalDate.ofInstant(now, org.mashang.platform.Zones.CHINA);
        var byClass = clocks.length(urgency, Stage.ASSIGNMENT).map(l -> {
            var day = WorkingCalendar.lastDayOf(clocks.dueAt(Stage.ASSIGNMENT, urgency, now));
            // the dispatcher's day must be after today: a clock that would end today runs from tomorrow instead
            return day.isAfter(today) ? day : WorkingCalendar.lastDayOf(clocks.dueAt(Stage.ASSIGNMENT, urgency,
                    today.plusDays(1).atStartOfDay(org.mashang.platform.Zones.CHINA).toInstant()));
        });
        model.addAttribute("dueByUrgency", byClass.isPresent() ? d.summary().urgencyName() : null);
        model.addAttribute("urgencies", clocks.choices());
        model.addAttribute("defaultDue", byClass.or(() -> proposal.map(RoutingRules.Proposal::dueDate))
                .orElseGet(() -> WorkingCalendar.lastDayOf(deadlines.dueAt(Stage.ASSIGNMENT, clock.instant()))));
        return "dispatch/case";
    }

    @PostMapping("/cases/{id}/dispatch")
    String dispatch(@PathVariable long id, @RequestParam(required = false) List<Long> departmentIds,
                    @RequestParam(required = false) Long leadDepartmentId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                    @RequestParam(required = false) String instructions, @AuthenticationPrincipal StaffUser user,
                    RedirectAttributes redirect) {
        steps.dispatch(user, id, departmentIds, leadDepartmentId, dueDate, instructions);
        redirect.addFlashAttribute("flash", "已交办");
        return "redirect:/dispatch/cases/" + id;
    }

    @PostMapping("/assignments/{id}/extension")
    String extension(@PathVariable long id, @RequestParam boolean grant, @RequestParam(required = false) String note,
                     @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        var assignment = queries.assignment(user, Role.DISPATCHER, id)
                .orElseThrow(() -> UserFacingException.notFound("没有找到这项交办任务"));
        steps.decideExtension(user, id, grant, note);
        redirect.addFlashAttribute("flash", grant ? "已同意延期" : "已不同意延期");
        return "redirect:/dispatch/cases/" + assignment.caseId();
    }
}
