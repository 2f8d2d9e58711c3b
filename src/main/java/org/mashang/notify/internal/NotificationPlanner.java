package org.mashang.notify.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffDirectory;
import org.mashang.cases.AssignmentChanged;
import org.mashang.cases.CaseContacts;
import org.mashang.cases.CaseTransitioned;
import org.mashang.cases.DeadlineReached;
import org.mashang.calendar.Stage;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.notify.RecipientKind;
import org.mashang.platform.TtlCache;
import org.mashang.platform.Zones;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears about what. Listens synchronously, inside the transaction that changes the case, so the outbox rows
 * commit or roll back with the change itself.
 */
@Component
@RequiredArgsConstructor
class NotificationPlanner {

    /** Replies and reasons are cut to this length in a notification; the link leads to the whole text. */
    static final int EXCERPT = 70;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.CHINA);

    private final Notifier notifier;
    private final StaffDirectory staff;
    private final Directory directory;
    private final NotifyProperties properties;
    /** Who works for a deputy, a department, a street: read for every event, changed rarely. */
    private final TtlCache<String, Object> recipients = new TtlCache<>(java.time.Duration.ofSeconds(10));

    private final org.mashang.cases.CaseUrgency urgency;
    private final UrgentDelivery atOnce;
    private final CaseContacts contacts;
    private final ReviewsDueSoon reviewsDueSoon;

    @EventListener
    void on(CaseTransitioned e) {
        Notice n = new Notice("case:" + e.caseId() + ":" + e.action() + ":" + e.from() + ":" + e.occurredAt(), e.caseId(), e.ticket(),
                e.contact());
        switch (e.action()) {
            case ACCEPT -> {
                n.resident("resident-accepted", Map.of("deputyName", deputyName(e.deputyId())));
                n.deputy(e.deputyId(), "deputy-new-case", Map.of());
            }
            case REJECT -> n.resident("resident-rejected", Map.of("reason", excerpt(e.publicText())));
            case MERGE -> n.resident("resident-merged", Map.of());
            case REPLY -> n.resident("resident-replied",
                    Map.of("deputyName", deputyName(e.deputyId()), "reply", excerpt(e.publicText())));
            case RESOLVE, REPLY_TO_RESIDENT, ANSWER_PROPOSAL -> n.resident("resident-closed",
                    Map.of("deputyName", deputyName(e.deputyId()), "reply", excerpt(e.publicText())));
            case RAISE_PROPOSAL -> n.resident("resident-proposal", Map.of("deputyName", deputyName(e.deputyId())));
            case REQUEST_DISPATCH -> n.dispatchers(e.streetId(), "dispatcher-dispatch-requested",
                    Map.of("deputyName", deputyName(e.deputyId())));
            case DISPATCH -> n.resident("resident-dispatched", Map.of());
            case COMPLETE_FEEDBACK -> n.deputy(e.deputyId(), "deputy-feedback-complete", Map.of());
            case REOPEN -> {
                n.deputy(e.deputyId(), "case-reopened", Map.of());
                n.dispatchers(e.streetId(), "case-reopened", Map.of());
            }
            case EVALUATE -> {
                // the evaluation is on the case's timeline; an unsatisfied one reopens the case, which is notified
            }
        }
    }

    /** The receipt at submission, for a resident who left a phone or an email: the ticket and the link, never the code. */
    @EventListener
    void on(org.mashang.cases.CaseSubmitted e) {
        if (e.hasContact()) {
            // a new case has no followers yet: the receipt goes to its own resident without looking for any
            new Notice("case:" + e.caseId() + ":SUBMIT:" + e.occurredAt(), e.caseId(), e.ticket(), e.contact())
                    .ownResident("resident-received", Map.of());
        }
    }

    @EventListener
    void on(AssignmentChanged e) {
        Notice n = new Notice("assignment:" + e.assignmentId() + ":" + (e.action() == null ? "NEW" : e.action()) + ":"
                + e.occurredAt(), e.caseId(), e.ticket(), null);
        String department = directory.department(e.departmentId()).map(DepartmentRef::name).orElse("");
        String due = date(e.dueDate());
        if (e.action() == null) {
            n.department(e.departmentId(), e.assignmentId(), "department-new-assignment",
                    Map.of("department", department, "dueAt", due));
            return;
        }
        long street = e.streetId();
        switch (e.action()) {
            case RETURN -> n.dispatchers(street, "dispatcher-returned", Map.of("department", department));
            case REQUEST_EXTENSION -> n.dispatchers(street, "dispatcher-extension-requested", Map.of("department", department));
            case GRANT_EXTENSION, DENY_EXTENSION -> n.department(e.departmentId(), e.assignmentId(), "department-extension-decided",
                    Map.of("department", department, "dueAt", due,
                            "decision", e.action() == org.mashang.cases.AssignmentAction.GRANT_EXTENSION ? "已同意" : "未同意"));
            case REPORT -> {
                // the deputy hears when every department has reported (COMPLETE_FEEDBACK)
            }
        }
    }

    /** 本辖区无法解决: the committee a case is transferred up to hears it, once; a case sent back down is the holder's again. */
    @EventListener
    void on(org.mashang.cases.CaseTransferred e) {
        if (e.upward()) {
            String from = cached("committee-name:" + e.fromRegionId(), () -> directory.committeeOfStreet(e.fromRegionId())
                    .map(org.mashang.directory.CommitteeCard::name).orElse(""));
            new Notice("transfer:" + e.caseId() + ":" + e.toRegionId() + ":" + e.occurredAt(), e.caseId(), e.ticket(), null)
                    .dispatchersOfRegion(e.toRegionId(), "dispatcher-transferred", Map.of("committee", from));
        }
    }

    @EventListener
    void on(DeadlineReached e) {
        Notice n = new Notice("deadline:" + e.caseId() + ":" + e.stage() + ":" + e.assignmentId() + ":" + e.kind() + ":" + e.dueAt(),
                e.caseId(), e.ticket(), null);
        Map<String, String> values = Map.of("stage", e.stage().label(), "dueAt", dateTime(e.dueAt()));
        String template = e.kind() == DeadlineReached.Kind.DUE_SOON ? "deadline-due-soon" : "deadline-overdue";
        String responsible;
        if (e.stage() == Stage.ASSIGNMENT && e.departmentId() != null) {
            n.department(e.departmentId(), e.assignmentId(), template, values);
            responsible = cached("department-name:" + e.departmentId(),
                    () -> directory.department(e.departmentId()).map(DepartmentRef::name).orElse(""));
        } else if (e.stage() == Stage.REVIEW) {
            Runnable toReviewers = () -> n.reviewers(e.streetId(), template, values);
            if (e.kind() == DeadlineReached.Kind.DUE_SOON) {
                reviewsDueSoon.add(e, toReviewers); // one notice per street and scan, however many messages
            } else {
                toReviewers.run();
            }
            responsible = Role.REVIEWER.label();
        } else {
            n.deputy(e.deputyId(), template, values);
            responsible = deputyName(e.deputyId()) + "代表";
        }
        if (e.kind() == DeadlineReached.Kind.OVERDUE) {
            Map<String, String> escalation = new HashMap<>(values);
            escalation.put("responsible", responsible);
            // 督办 is the holding committee's: the district's or city's own dispatchers once the case went up to them
            if (e.heldAbove()) {
                n.dispatchersOfRegion(e.holdingRegionId(), "deadline-escalation", escalation);
            } else {
                n.dispatchers(e.streetId(), "deadline-escalation", escalation);
            }
            n.committeeHead(e.holdingRegionId(), "deadline-escalation", escalation);
        }
    }

    private String deputyName(Long deputyId) {
        return deputyId == null ? "" : cached("deputy-name:" + deputyId,
                () -> directory.deputy(deputyId).map(DeputyCard::name).orElse(""));
    }

    /** After the change has committed, so no one reloads the old data in between. */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void on(org.mashang.platform.ReferenceDataChanged e) {
        recipients.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> load) {
        return (T) recipients.get(key, k -> load.get());
    }

    private static String excerpt(String step) {
        return step == null ? "" : Outbox.truncate(step.replaceAll("\\s+", " "), EXCERPT);
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** The notifications of one event. */
    @RequiredArgsConstructor
    private final class Notice {
        private final String event;
        private final long caseId;
        private final String ticket;
        /** The resident's, from the event; null when they left none (or the event is not about them). */
        private final CaseContacts.ResidentContact contact;
        private Boolean urgent;

        /**
         * Residents hear only when they left a phone or an email; the link never carries the query code. The residents
         * following the case (我也反映, merged messages) hear each step too, with their own ticket; a phone or email
         * already told of this step is not told again, so a resident who is both hears once.
         */
        void resident(String template, Map<String, String> values) {
            java.util.Set<String> told = new java.util.HashSet<>();
            if (contact != null) {
                told.addAll(ResidentAddresses.of(contact));
            }
            ownResident(template, values);
            for (CaseContacts.ResidentContact follower : contacts.followers(caseId)) {
                if (ResidentAddresses.of(follower).stream().noneMatch(told::contains)) {
                    told.addAll(ResidentAddresses.of(follower));
                    send(template, new Recipient(RecipientKind.RESIDENT, "follower-" + follower.ticket(), follower.name(),
                            follower.phone(), follower.email(), properties.trackLink(follower.ticket())),
                            withTicket(values, follower.ticket()));
                }
            }
        }

        /** The resident who left the message, when they left a phone or an email; the link never carries the code. */
        void ownResident(String template, Map<String, String> values) {
            if (contact != null) {
                send(template, new Recipient(RecipientKind.RESIDENT, "resident", contact.name(), contact.phone(), contact.email(),
                        properties.trackLink(ticket)), values);
            }
        }

        void deputy(Long deputyId, String template, Map<String, String> values) {
            if (deputyId != null) {
                cached("deputy:" + deputyId, () -> staff.usersOfDeputy(deputyId)).forEach(u -> send(template,
                        Recipient.staff(RecipientKind.DEPUTY, u, properties.link("/deputy/cases/" + caseId)), values));
            }
        }

        void department(long departmentId, Long assignmentId, String template, Map<String, String> values) {
            String link = properties.link(assignmentId == null ? "/department" : "/department/assignments/" + assignmentId);
            cached("department:" + departmentId, () -> staff.usersOfDepartment(departmentId)).forEach(u -> send(template,
                    Recipient.staff(RecipientKind.DEPARTMENT, u, link), values));
        }

        void dispatchers(long streetId, String template, Map<String, String> values) {
            cached("dispatchers:" + streetId, () -> staff.usersWithRoleForStreet(Role.DISPATCHER, streetId)).forEach(u -> send(template,
                    Recipient.staff(RecipientKind.DISPATCHER, u, properties.link("/dispatch/cases/" + caseId)), values));
        }

        void dispatchersOfRegion(long regionId, String template, Map<String, String> values) {
            cached("dispatchers-of:" + regionId, () -> staff.usersWithRoleOfRegion(Role.DISPATCHER, regionId)).forEach(u -> send(template,
                    Recipient.staff(RecipientKind.DISPATCHER, u, properties.link("/dispatch/cases/" + caseId)), values));
        }

        void reviewers(long streetId, String template, Map<String, String> values) {
            cached("reviewers:" + streetId, () -> staff.usersWithRoleForStreet(Role.REVIEWER, streetId)).forEach(u -> send(template,
                    Recipient.staff(RecipientKind.REVIEWER, u, properties.link("/review/cases/" + caseId)), values));
        }

        /** The head of the committee of the region (a street's, or the nearest above it that has one). */
        void committeeHead(long regionId, String template, Map<String, String> values) {
            cached("committee:" + regionId, () -> directory.committeeOfStreet(regionId)).ifPresent(c -> send(template, new Recipient(RecipientKind.COMMITTEE_HEAD,
                    "committee-" + c.id(), c.headName() == null ? c.name() : c.headName(), c.headPhone(), null,
                    properties.link("/dispatch/cases/" + caseId)), values));
        }

        /** A follower tracks the case by their own ticket, so their notice names that one. */
        private Map<String, String> withTicket(Map<String, String> values, String own) {
            Map<String, String> all = new HashMap<>(values);
            all.put("ticket", own);
            return all;
        }

        private void send(String template, Recipient to, Map<String, String> values) {
            Map<String, String> all = new HashMap<>(values);
            all.putIfAbsent("ticket", ticket);
            notifier.notify(event, template, to, all, caseId, ticket).filter(id -> urgent()).ifPresent(atOnce::afterCommit);
        }

        /** An urgent case's notices are sent at once rather than with the next batch. */
        private boolean urgent() {
            if (urgent == null) {
                urgent = urgency.of(caseId) == org.mashang.calendar.Urgency.URGENT;
            }
            return urgent;
        }
    }
}
