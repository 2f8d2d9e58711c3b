package org.mashang.connector.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.AssignmentState;
import org.mashang.cases.ExternalHandling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands due assignments over (POST requests) and follows those handed over (GET tokens, GET requests): progress notes
 * become internal timeline steps, a closed request's notes the assignment's feedback. A failed post is retried later,
 * waiting longer each time, and after {@link ConnectorProperties#maxAttempts()} it is marked failed for an administrator.
 */
@Service
public class HandoverWorker {

    private static final Logger log = LoggerFactory.getLogger(HandoverWorker.class);
    static final int BATCH = 20;

    private final HandoverRepository handovers;
    private final ExternalDepartmentRepository departments;
    private final GeoReportClient client;
    private final ExternalHandling cases;
    private final ConnectorProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate own;

    HandoverWorker(HandoverRepository handovers, ExternalDepartmentRepository departments, GeoReportClient client,
                   ExternalHandling cases, ConnectorProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.handovers = handovers;
        this.departments = departments;
        this.client = client;
        this.cases = cases;
        this.properties = properties;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(fixedDelayString = "${mashang.connector.interval:60s}", initialDelayString = "${mashang.connector.interval:60s}")
    public void run() {
        try {
            deliverDue();
            pollDue();
        } catch (RuntimeException e) {
            log.warn("connector run failed: {}", e.toString());
        }
    }

    /** @return how many hand-overs were tried */
    public int deliverDue() {
        return eachDue(Handover.Status.PENDING, this::handOver);
    }

    /** @return how many followed requests were asked about */
    public int pollDue() {
        return eachDue(Handover.Status.SENT, this::poll);
    }

    /** One step on a claimed hand-over, with its department and the assignment's brief as they are now. */
    private interface Step {
        void take(Handover h, Optional<ExternalDepartment> department, Optional<ExternalHandling.Brief> brief, Instant now);
    }

    /** Claims the due hand-overs of the status one at a time, each step in its own transaction, at most a batch. */
    private int eachDue(Handover.Status status, Step step) {
        int n = 0;
        while (n < BATCH && Boolean.TRUE.equals(tx.execute(s -> nextDue(status, step)))) {
            n++;
        }
        return n;
    }

    private boolean nextDue(Handover.Status status, Step step) {
        Instant now = clock.instant();
        var due = handovers.claimDue(status, now, 1);
        if (due.isEmpty()) {
            return false;
        }
        Handover h = due.get(0);
        step.take(h, departments.find(h.departmentId()), cases.brief(h.assignmentId()), now);
        return true;
    }

    private void handOver(Handover h, Optional<ExternalDepartment> found, Optional<ExternalHandling.Brief> brief, Instant now) {
        Optional<ExternalDepartment> department = found.filter(ExternalDepartment::active);
        if (department.isEmpty() || brief.isEmpty()) {
            handovers.update(h.id(), Handover.Status.FAILED, h.attempts(), now, "部门已不再设为外部办理，或交办已不存在", null, null, null, now);
            return;
        }
        try {
            var posted = client.post(department.get(), brief.get());
            handovers.update(h.id(), Handover.Status.SENT, h.attempts() + 1, now.plus(properties.pollEvery()), null, posted.token(),
                    posted.serviceRequestId(), null, now);
            note(h.assignmentId(), department.get(), "已转至" + department.get().platformName()
                    + (posted.serviceRequestId() != null ? "，对方工单号 " + posted.serviceRequestId() : "，等待对方受理"));
        } catch (GeoReportClient.RemoteProblem e) {
            failedAttempt(h, e.getMessage(), now);
        }
    }

    private void failedAttempt(Handover h, String reason, Instant now) {
        int attempts = h.attempts() + 1;
        boolean giveUp = attempts >= properties.maxAttempts();
        // 1, 2, 4 … minutes, at most six hours
        Duration wait = Duration.ofMinutes(Math.min(360, 1L << Math.min(attempts - 1, 9)));
        handovers.update(h.id(), giveUp ? Handover.Status.FAILED : h.status(), attempts, now.plus(wait), reason, h.token(),
                h.remoteId(), h.lastNote(), now);
        log.warn("hand-over {} of assignment {} failed (attempt {}): {}", h.id(), h.assignmentId(), attempts, reason);
    }

    private void poll(Handover h, Optional<ExternalDepartment> department, Optional<ExternalHandling.Brief> brief, Instant now) {
        if (department.isEmpty() || brief.isEmpty()) {
            handovers.update(h.id(), Handover.Status.FAILED, h.attempts(), now, "部门的外部办理设置已删除，或交办已不存在", h.token(),
                    h.remoteId(), h.lastNote(), now);
            return;
        }
        if (brief.get().state() == AssignmentState.REPORTED || brief.get().state() == AssignmentState.RETURNED) {
            handovers.update(h.id(), Handover.Status.DONE, h.attempts(), now, "交办已在本系统中" + brief.get().state().label()
                    + "，不再跟踪", h.token(), h.remoteId(), h.lastNote(), now);
            return;
        }
        try {
            follow(h, department.get(), now);
        } catch (GeoReportClient.RemoteProblem e) {
            handovers.update(h.id(), h.status(), h.attempts(), now.plus(properties.pollEvery()), "查询失败：" + e.getMessage(),
                    h.token(), h.remoteId(), h.lastNote(), now);
        }
    }

    private void follow(Handover h, ExternalDepartment d, Instant now) {
        String remoteId = h.remoteId();
        if (remoteId == null) {
            remoteId = client.token(d, h.token()).orElse(null);
            if (remoteId == null) {
                handovers.update(h.id(), h.status(), h.attempts(), now.plus(properties.pollEvery()), null, h.token(), null, null, now);
                return;
            }
            note(h.assignmentId(), d, d.platformName() + "已受理，对方工单号 " + remoteId);
        }
        var status = client.request(d, remoteId);
        String notes = status.notes();
        if (status.closed()) {
            if (notes == null) {
                handovers.update(h.id(), Handover.Status.FAILED, h.attempts(), now, "对方已办结，但没有说明办理结果：请联系对方，或由部门自行反馈",
                        h.token(), remoteId, h.lastNote(), now);
                return;
            }
            String problem = report(h.assignmentId(), d, notes);
            handovers.update(h.id(), problem == null ? Handover.Status.DONE : Handover.Status.FAILED, h.attempts(), now, problem,
                    h.token(), remoteId, notes, now);
            return;
        }
        if (notes != null && !notes.equals(h.lastNote())) {
            note(h.assignmentId(), d, notes);
        }
        handovers.update(h.id(), h.status(), h.attempts(), now.plus(properties.pollEvery()), null, h.token(), remoteId,
                notes != null ? notes : h.lastNote(), now);
    }

    /** @return null when reported, else why not */
    private @Nullable String report(long assignmentId, ExternalDepartment d, String notes) {
        try {
            own.executeWithoutResult(s -> cases.report(assignmentId, d.platformName(), notes));
            return null;
        } catch (RuntimeException e) {
            return "对方已办结，但反馈未能记入：" + e.getMessage();
        }
    }

    private void note(long assignmentId, ExternalDepartment d, String text) {
        own.executeWithoutResult(s -> cases.note(assignmentId, d.platformName(), text));
    }
}
