package org.mashang.connector.internal;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.AssignmentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new assignment for an external department goes into the handover outbox in the dispatch's own transaction: if the
 * dispatch is rolled back, nothing is handed over; if it commits, the hand-over will happen, once.
 */
@Component
@RequiredArgsConstructor
class DispatchListener {

    private final ExternalDepartmentRepository departments;
    private final HandoverRepository handovers;
    private final Clock clock;

    @EventListener
    void on(AssignmentChanged changed) {
        if (changed.action() != null) {
            return;
        }
        departments.find(changed.departmentId()).filter(ExternalDepartment::active)
                .ifPresent(d -> handovers.insert(changed.assignmentId(), d.departmentId(), clock.instant()));
    }
}
