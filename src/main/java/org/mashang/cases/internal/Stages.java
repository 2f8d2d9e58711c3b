package org.mashang.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.DueState;
import org.mashang.cases.StageCompleted;
import org.mashang.cases.StageStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.mashang.calendar.Stage;
import org.mashang.calendar.Urgency;
import org.mashang.calendar.UrgencyClocks;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.cases.CaseState;
import org.mashang.platform.Zones;
import org.springframework.stereotype.Component;

/**
 * The clocks of a case. Which case-level stage runs is a function of the case's state (see {@link CaseState#clockedStage});
 * each department assignment has its own clock. Callers hold the case row lock.
 */
@Component
@RequiredArgsConstructor
public class Stages {

    private final StageRepository repository;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final UrgencyClocks classes;

    private final CaseUrgencyLookup urgencies;

    /** Keeps the case-level clock in step with a change of state: stop the old stage's clock, start the new one's. */
    public void onTransition(long caseId, CaseState from, CaseState to, Instant now) {
        Optional<Stage> after = to.clockedStage();
        if (from.clockedStage().equals(after)) {
            return;
        }
        complete(repository.completeOfCase(caseId, now));
        after.ifPresent(stage -> open(caseId, stage, null, now, classes.dueAt(stage, urgency(caseId), now)));
    }

    /** A case just stored, for {@link #onStored}. */
    public record Stored(long caseId, CaseState state, Urgency urgency, Instant at) {
    }

    /**
     * Cases just stored (the messages committed together): the clock of each one's first state starts, on the urgency
     * class it was stored with (no look-up), all in one round trip.
     */
    public void onStored(List<Stored> stored) {
        repository.openAll(stored.stream().flatMap(c -> c.state().clockedStage().stream()
                .map(stage -> opening(c.caseId(), stage, null, c.at(), classes.dueAt(stage, c.urgency(), c.at())))).toList());
    }

    /** The case's urgency class, whose clocks it runs on. */
    Urgency urgency(long caseId) {
        return urgencies.of(caseId);
    }

    /** The name of an urgency class as configured (紧急, 一般, 复杂). */
    public String className(Urgency urgency) {
        return classes.name(urgency);
    }

    /**
     * The case's urgency class changed: the open case-level clock now runs to the new class's deadline counted from when
     * the stage started; warnings and escalation are owed again when that is still ahead. Assignments keep the day the
     * dispatcher chose (the dispatcher extends or dispatches again).
     *
     * @return the new deadline, or empty when no case-level clock runs
     */
    public Optional<Instant> reclock(long caseId, Urgency urgency, Instant now) {
        return openOfCase(caseId).map(row -> {
            Instant due = classes.dueAt(row.stage(), urgency, row.startedAt());
            boolean ahead = now.isBefore(due);
            repository.moveDeadline(row.id(), due, deadlines.warnAt(due), ahead);
            return due;
        });
    }

    /** An assignment's clock, due at the end of the day the dispatcher chose. */
    public void openAssignment(long caseId, long assignmentId, Instant now, LocalDate lastDay) {
        open(caseId, Stage.ASSIGNMENT, assignmentId, now, endOf(lastDay));
    }

    public void completeAssignment(long assignmentId, Instant now) {
        complete(repository.completeOfAssignment(assignmentId, now));
    }

    private void complete(List<StageRow> ended) {
        ended.forEach(r -> events.publishEvent(
                new StageCompleted(r.caseId(), r.stage(), r.assignmentId(), r.startedAt(), r.dueAt(), r.completedAt())));
    }

    /**
     * Moves an assignment's deadline (an extension granted): warnings and escalation are owed again for the new
     * deadline.
     *
     * @return the new last day
     */
    public LocalDate extendAssignment(long assignmentId, int workingDays) {
        StageRow row = openOfAssignment(assignmentId).orElseThrow();
        Instant due = calendar.extend(row.dueAt(), workingDays);
        repository.moveDeadline(row.id(), due, deadlines.warnAt(due), true);
        return WorkingCalendar.lastDayOf(due);
    }

    /** Stops the case-level clock (waiting on the resident …); returns false when no clock runs or it is already paused. */
    public boolean pause(long caseId, String reason, Instant now) {
        return repository.pause(caseId, reason, now);
    }

    /**
     * Restarts a paused clock: the deadline moves on by the working days the pause lasted.
     *
     * @return the new last day, or empty when no clock was paused
     */
    public Optional<LocalDate> resume(long caseId, Instant now) {
        Optional<StageRow> paused = openOfCase(caseId).filter(r -> r.pausedAt() != null);
        paused.ifPresent(row -> {
            int lost = Math.max(0, calendar.workingDaysBetween(day(row.pausedAt()), day(now)));
            Instant due = lost == 0 ? row.dueAt() : calendar.extend(row.dueAt(), lost);
            boolean stillAhead = now.isBefore(due);
            repository.resume(row.id(), due, deadlines.warnAt(due), stillAhead);
        });
        return paused.map(row -> WorkingCalendar.lastDayOf(repository.find(row.id()).dueAt()));
    }

    public Optional<StageRow> openOfCase(long caseId) {
        return repository.openOfCase(caseId);
    }

    Optional<StageRow> openOfAssignment(long assignmentId) {
        return repository.openOfAssignment(assignmentId);
    }

    /** Open stages of many cases at once, most urgent first, with the department of each assignment. */
    public Map<Long, List<Open>> openOf(Collection<Long> caseIds) {
        Map<Long, List<Open>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        repository.openOf(caseIds)
                .forEach(o -> byCase.computeIfAbsent(o.caseId(), k -> new ArrayList<>()).add(new Open(o.row(), o.departmentName())));
        return byCase;
    }

    /** Open stages against their deadlines, most urgent first; a paused clock counts as on time. */
    public Map<Long, List<StageStatus>> statuses(Collection<Long> caseIds, Instant now) {
        Map<Long, List<StageStatus>> out = new HashMap<>();
        openOf(caseIds).forEach((caseId, open) -> out.put(caseId, open.stream().map(o -> status(o, now)).toList()));
        return out;
    }

    public StageStatus status(Open o, Instant now) {
        StageRow r = o.row();
        DueState state = r.pausedAt() != null ? DueState.ON_TIME : deadlines.dueState(r.dueAt(), now);
        return new StageStatus(r.stage(), r.dueAt(), WorkingCalendar.lastDayOf(r.dueAt()), state, r.pausedAt() != null,
                o.departmentName(), r.escalatedAt() != null);
    }

    /** An open stage and, for an assignment, its department's name. */
    public record Open(StageRow row, String departmentName) {
    }

    private void open(long caseId, Stage stage, Long assignmentId, Instant start, Instant due) {
        repository.open(opening(caseId, stage, assignmentId, start, due));
    }

    private StageRepository.Opening opening(long caseId, Stage stage, Long assignmentId, Instant start, Instant due) {
        return new StageRepository.Opening(caseId, stage, assignmentId, start, due, deadlines.warnAt(due));
    }

    static Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(Zones.CHINA).toInstant();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, Zones.CHINA);
    }
}
