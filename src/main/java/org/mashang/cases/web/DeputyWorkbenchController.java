package org.mashang.cases.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.calendar.Stage;
import org.mashang.cases.CaseDetail;
import org.mashang.cases.CaseQueries;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseSummary;
import org.mashang.cases.CaseWorkflow;
import org.mashang.cases.CoDeputies;
import org.mashang.cases.ListCursor;
import org.mashang.cases.ListPage;
import org.mashang.cases.ReplyTemplates;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The deputy's workbench (指尖履职): made for a phone. */
@Controller
@RequestMapping("/deputy")
@RequiredArgsConstructor
class DeputyWorkbenchController {

    /** How the deputy's list is grouped, in the order of urgency. */
    static final Map<String, Predicate<CaseState>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("待我答复", s -> s.clockedStage().equals(Optional.of(Stage.FIRST_REPLY)));
        GROUPS.put("待答复群众", s -> s.clockedStage().equals(Optional.of(Stage.RESIDENT_REPLY)));
        GROUPS.put("办理中", s -> s.open() && s.clockedStage().isEmpty());
        GROUPS.put("待审核", s -> s.clockedStage().equals(Optional.of(Stage.REVIEW)));
        GROUPS.put("已办结", CaseState::answered);
        GROUPS.put("未受理或合并", CaseState::terminal);
    }

    private final CaseQueries queries;
    private final CaseWorkflow workflow;
    private final Directory directory;
    private final ReplyTemplates templates;
    private final CoDeputies coDeputies;

    /** A group of the list as shown: its name in page links ({@code ?list=g2}), its label, its page and count. */
    record Group(String list, String label, ListPage<CaseSummary> page) {
    }

    @GetMapping
    String list(@RequestParam(required = false) String list, @RequestParam(required = false) String from,
                @AuthenticationPrincipal StaffUser user, Model model) {
        List<String> labels = List.copyOf(GROUPS.keySet());
        ListCursor cursor = ListCursor.parse(from).orElse(null);
        int paged = IntStream.range(0, labels.size()).filter(g -> name(g).equals(list)).findFirst().orElse(-1);
        if (list != null && paged < 0 || cursor != null && paged < 0) {
            throw UserFacingException.badRequest("页码不正确，请从列表第一页重新翻页");
        }
        List<Set<CaseState>> states = GROUPS.values().stream().map(DeputyWorkbenchController::statesWhere).toList();
        List<ListPage<CaseSummary>> pages = queries.deputyCases(user, states, paged, cursor);
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < labels.size(); g++) {
            groups.add(new Group(name(g), labels.get(g), pages.get(g)));
        }
        model.addAttribute("groups", groups);
        model.addAttribute("paged", list);
        model.addAttribute("empty", pages.stream().allMatch(p -> p.count() == 0));
        model.addAttribute("deputy", user.deputyId() == null ? null : directory.deputy(user.deputyId()).orElse(null));
        return "cases/deputy/list";
    }

    private static String name(int group) {
        return "g" + group;
    }

    private static Set<CaseState> statesWhere(Predicate<CaseState> group) {
        return EnumSet.copyOf(Arrays.stream(CaseState.values()).filter(group).toList());
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Long template, @AuthenticationPrincipal StaffUser user,
                  Model model) {
        CaseDetail d = queries.visibleDetail(user, Role.DEPUTY, id);
        model.addAttribute("d", d);
        model.addAttribute("picker", templates.picker(user, d, template));
        model.addAttribute("mine", d.deputyId() != null && d.deputyId().equals(user.deputyId()));
        model.addAttribute("coDeputies", coDeputies.of(id));
        var departments = directory.departmentsServing(directory.station(d.stationId()).map(s -> s.streetId()).orElse(0L));
        model.addAttribute("departments", departments);
        model.addAttribute("suggested", queries.departmentSuggestions(user, Role.DEPUTY, id));
        model.addAttribute("outcomeLines", new FinalReplyForm().getOutcomes());
        return "cases/deputy/case";
    }

    @PostMapping("/cases/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String text,
                 @RequestParam(defaultValue = "false") boolean requestDispatch,
                 @RequestParam(required = false) List<Long> departmentIds, @RequestParam(required = false) String note,
                 @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        workflow.reply(user, id, text);
        if (requestDispatch) {
            workflow.requestDispatch(user, id, departmentIds, note);
        }
        return done(id, requestDispatch ? "已答复，并提请人大工委交办" : "已答复", redirect);
    }

    @PostMapping("/cases/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) String text, FinalReplyForm form,
                   @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        workflow.resolve(user, id, text, form.inputs());
        return done(id, "已记为代表直接解决", redirect);
    }

    @PostMapping("/cases/{id}/request-dispatch")
    String requestDispatch(@PathVariable long id, @RequestParam(required = false) List<Long> departmentIds,
                           @RequestParam(required = false) String note, @AuthenticationPrincipal StaffUser user,
                           RedirectAttributes redirect) {
        workflow.requestDispatch(user, id, departmentIds, note);
        return done(id, "已提请人大工委交办", redirect);
    }

    @PostMapping("/cases/{id}/reply-to-resident")
    String replyToResident(@PathVariable long id, @RequestParam(required = false) String text, FinalReplyForm form,
                           @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        workflow.replyToResident(user, id, text, form.inputs());
        return done(id, "已答复群众，等待群众评价", redirect);
    }

    @PostMapping("/cases/{id}/proposal")
    String proposal(@PathVariable long id, @RequestParam(required = false) String number, @RequestParam(required = false) String text,
                    @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        workflow.raiseProposal(user, id, number, text);
        return done(id, "已转为代表建议", redirect);
    }

    @PostMapping("/cases/{id}/proposal-answer")
    String proposalAnswer(@PathVariable long id, @RequestParam(required = false) String text, @AuthenticationPrincipal StaffUser user,
                          RedirectAttributes redirect) {
        workflow.answerProposal(user, id, text);
        return done(id, "已记录代表建议的答复", redirect);
    }

    @PostMapping("/cases/{id}/pause")
    String pause(@PathVariable long id, @RequestParam(required = false) String reason, @AuthenticationPrincipal StaffUser user,
                 RedirectAttributes redirect) {
        workflow.pauseClock(user, Role.DEPUTY, id, reason);
        return done(id, "已暂停计时", redirect);
    }

    @PostMapping("/cases/{id}/resume")
    String resume(@PathVariable long id, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        workflow.resumeClock(user, Role.DEPUTY, id);
        return done(id, "已恢复计时", redirect);
    }

    private static String done(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/deputy/cases/" + id;
    }
}
