package org.mashang.dispatch.internal;

import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.Assignment;
import org.mashang.cases.AssignmentAction;
import org.mashang.cases.AssignmentUpdate;
import org.mashang.cases.CaseChanges;
import org.mashang.cases.EventType;
import org.mashang.cases.LockedCase;
import org.mashang.cases.TimelineStep;
import org.mashang.directory.DepartmentRef;
import org.springframework.stereotype.Component;

/**
 * Lead and co-handlers (主办、协办): co-handlers report to the lead department, whose feedback is the one the resident
 * sees and closes the department stage; co-handlers still at work then are closed with it.
 */
@Component
@RequiredArgsConstructor
class LeadAndCoHandlers {

    private final CaseChanges changes;

    /** The departments as the public timeline names them: 城管办（主办）、执法中队（协办）, or just their names. */
    static String names(List<DepartmentRef> targets, DepartmentRef lead) {
        if (lead == null) {
            return CaseChanges.names(targets);
        }
        return lead.name() + "（主办）" + targets.stream().filter(d -> d.id() != lead.id())
                .map(d -> "、" + d.name() + "（协办）").collect(Collectors.joining());
    }

    /** A co-handler's report goes to its lead (internal); a lead's or a lone department's is public. */
    TimelineStep feedbackStep(Assignment reported, List<Assignment> all, String text) {
        if (reported.coHandling()) {
            String lead = all.stream().filter(o -> o.id() == reported.leadAssignmentId()).map(Assignment::departmentName)
                    .findFirst().orElse("主办部门");
            return TimelineStep.internal(EventType.CO_HANDLER_FEEDBACK, reported.departmentName() + "（协办）向主办部门" + lead + "反馈：" + text);
        }
        String role = reported.roleAmong(all);
        return TimelineStep.shown(EventType.FEEDBACK, reported.departmentName() + (role == null ? "" : "（" + role + "）") + "：" + text);
    }

    /** When a lead is done (reported or returned), its co-handlers still at work are closed with it and their clocks stop. */
    void closeCoHandlers(LockedCase c, Assignment lead, List<Assignment> all) {
        if (lead.coHandling()) {
            return;
        }
        List<Assignment> open = all.stream()
                .filter(o -> o.leadAssignmentId() != null && o.leadAssignmentId() == lead.id() && o.state().open()).toList();
        for (Assignment o : open) {
            changes.changeAssignment(c, o, AssignmentAction.CLOSE_WITH_LEAD, AssignmentUpdate.NONE);
        }
        if (!open.isEmpty()) {
            changes.record(c, TimelineStep.internal(EventType.CO_HANDLER_FEEDBACK, "主办部门" + lead.departmentName() + "已办结，"
                    + open.stream().map(Assignment::departmentName).collect(Collectors.joining("、")) + "随主办办结"));
        }
    }
}
