package org.mashang.cases.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.ActorRole;
import org.mashang.cases.Assignment;
import org.mashang.cases.DispatchSteps;
import org.mashang.cases.EventType;
import org.mashang.cases.ExternalHandling;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.platform.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ExternalHandling}: the department's view of an assignment, and the other system's answers through the workflow. */
@Service
@RequiredArgsConstructor
class ExternalHandlingService implements ExternalHandling {

    static final int MAX_NOTE = 2000;

    private final AssignmentRepository assignments;
    private final CaseRepository cases;
    private final Directory directory;
    private final DispatchSteps dispatch;
    private final Timeline timeline;
    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public Optional<Brief> brief(long assignmentId) {
        return assignments.find(assignmentId).flatMap(a -> cases.find(a.caseId()).map(c -> new Brief(a.id(), c.id(), c.ticket(),
                a.departmentId(), c.streetId(), c.categoryId(), directory.category(c.categoryId()).map(Ref::name).orElse(""),
                c.blockId(), c.blockId() == null ? null : directory.region(c.blockId()).map(Ref::name).orElse(null),
                Masking.mask(c.messageText(), c.residentName()), a.instructions(), a.dueDate(), a.state())));
    }

    @Override
    @Transactional
    public void report(long assignmentId, String platform, String feedback) {
        Assignment a = assignments.find(assignmentId).orElseThrow();
        // the other system acts for the department: the same checks and steps as the department's own report
        StaffUser asDepartment = new StaffUser(0, "external", "", a.departmentName() + "（经" + platform + "）", Set.of(Role.DEPARTMENT),
                null, a.departmentId(), null, true);
        dispatch.report(asDepartment, assignmentId, feedback, List.of());
    }

    @Override
    @Transactional
    public void note(long assignmentId, String platform, String note) {
        Assignment a = assignments.find(assignmentId).orElseThrow();
        String text = Texts.clean(note);
        if (text == null) {
            return;
        }
        text = text.length() > MAX_NOTE ? text.substring(0, MAX_NOTE) + "…" : text;
        timeline.append(a.caseId(), EventType.EXTERNAL_PROGRESS, ActorRole.DEPARTMENT, null, a.departmentName() + "（经" + platform + "）",
                text, false, clock.instant());
    }
}
