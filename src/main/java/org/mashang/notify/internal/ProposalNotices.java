package org.mashang.notify.internal;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffDirectory;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.Directory;
import org.mashang.notify.RecipientKind;
import org.mashang.proposals.ProposalAssigned;
import org.mashang.proposals.ProposalDeadlineReached;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notices about deputies' proposals, with the case stages' templates: the units hear of a new assignment and of their
 * clock; when it is overdue the committee (dispatchers and the committee head) and the deputies hear of the 督办.
 * Written in the transaction that marks the proposal, so they commit with it.
 */
@Component
@RequiredArgsConstructor
class ProposalNotices {

    static final String STAGE = "代表建议答复";

    private final Notifier notifier;
    private final StaffDirectory staff;
    private final Directory directory;
    private final NotifyProperties properties;

    @EventListener
    void on(ProposalAssigned e) {
        String event = "proposal:" + e.proposalId() + ":ASSIGNED:" + e.dueDate();
        for (long unit : e.units()) {
            String name = directory.department(unit).map(DepartmentRef::name).orElse("");
            Map<String, String> values = Map.of("department", name, "dueAt", e.dueDate().toString());
            staff.usersOfDepartment(unit).forEach(u -> send(event, "department-new-assignment",
                    Recipient.staff(RecipientKind.DEPARTMENT, u, properties.link("/department/proposals/" + e.proposalId())),
                    values, e.reference(), e.proposalId()));
        }
    }

    @EventListener
    void on(ProposalDeadlineReached e) {
        String event = "proposal:" + e.proposalId() + ":" + e.kind() + ":" + e.dueDate();
        Map<String, String> values = Map.of("stage", STAGE, "dueAt", e.dueDate().toString());
        boolean overdue = e.kind() == ProposalDeadlineReached.Kind.OVERDUE;
        String template = overdue ? "deadline-overdue" : "deadline-due-soon";
        for (long unit : e.units()) {
            staff.usersOfDepartment(unit).forEach(u -> send(event, template,
                    Recipient.staff(RecipientKind.DEPARTMENT, u, properties.link("/department/proposals/" + e.proposalId())),
                    values, e.reference(), e.proposalId()));
        }
        if (!overdue) {
            return;
        }
        Map<String, String> escalation = new HashMap<>(values);
        escalation.put("responsible", String.join("、", e.units().stream()
                .map(u -> directory.department(u).map(DepartmentRef::name).orElse("")).toList()));
        String committeeLink = properties.link("/dispatch/proposals/" + e.proposalId());
        staff.usersWithRoleForStreet(Role.DISPATCHER, e.streetId()).forEach(u -> send(event, "deadline-escalation",
                Recipient.staff(RecipientKind.DISPATCHER, u, committeeLink), escalation, e.reference(), e.proposalId()));
        directory.committeeOfStreet(e.streetId()).ifPresent(c -> send(event, "deadline-escalation",
                new Recipient(RecipientKind.COMMITTEE_HEAD, "committee-" + c.id(), c.headName() == null ? c.name() : c.headName(),
                        c.headPhone(), null, committeeLink), escalation, e.reference(), e.proposalId()));
        for (long deputy : e.deputies()) {
            staff.usersOfDeputy(deputy).forEach(u -> send(event, "deadline-escalation",
                    Recipient.staff(RecipientKind.DEPUTY, u, properties.link("/deputy/proposals/" + e.proposalId())),
                    escalation, e.reference(), e.proposalId()));
        }
    }

    /** The proposal's reference stands where a case's ticket would. */
    private void send(String event, String template, Recipient to, Map<String, String> values, String reference, long proposalId) {
        Map<String, String> all = new HashMap<>(values);
        all.put("ticket", reference);
        // the outbox's ticket column is short: it records the proposal by its id
        notifier.notify(event, template, to, all, null, "建议-" + proposalId);
    }
}
