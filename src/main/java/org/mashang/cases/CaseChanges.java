package org.mashang.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.DepartmentRef;
import org.mashang.platform.Attachment;

/**
 * The one way to change a case, for every actor's steps (review, dispatch, the deputy's, the resident's): lock the case
 * in the actor's scope → ask the state machine → store the typed change → write the timeline → keep the clocks → publish
 * the event. Runs in the caller's transaction, which must be open.
 */
public interface CaseChanges {

    /** @throws org.mashang.platform.UserFacingException 403 without the role, 404 when the case is outside the user's scope */
    LockedCase lock(StaffUser user, Role role, long caseId);

    /** Pool cases are visible to every deputy of the station, but only the responsible deputy acts on them (403). */
    LockedCase lockAsResponsibleDeputy(StaffUser deputy, long caseId);

    /** Another case the same user may see in the same role, by its ticket (e.g. what a duplicate is merged into). */
    Optional<LockedCase> lockByTicket(LockedCase by, Role role, String ticket);

    /**
     * Moves the case by the action and records it: the state machine decides the next state (409 when it refuses), the
     * update and the action's stamps are stored, the steps written to the timeline in order, the clocks follow the state
     * and {@link CaseTransitioned} is published with the last public step's text.
     *
     * @return the case as it is now
     */
    LockedCase transition(LockedCase c, CaseAction action, CaseUpdate update, TimelineStep... steps);

    /** A timeline entry that changes no state (a request, an extension), by the actor who locked the case; @return its id */
    long record(LockedCase c, TimelineStep step);

    /**
     * The resident's full phone number for a step whose actor sees it masked (a department): the step says on the
     * timeline who looked, so every reveal is on record. @return null when the resident left no number
     */
    @Nullable String revealPhone(LockedCase c, TimelineStep step);

    /**
     * Sets the case's urgency class (紧急程度): stored, the reason on the timeline (internal) and the open case-level clock
     * moved to the new class's deadline ({@code Stages#reclock}). Nothing happens when the class is the same.
     *
     * @return whether the class changed
     */
    boolean changeUrgency(LockedCase c, org.mashang.calendar.Urgency urgency, String reason);

    /**
     * Staff change the urgency class of a case still being handled (the reviewer, or a dispatcher of the level holding
     * it), with a reason for the timeline. Refused with a clear message when the case is answered or no longer handled,
     * no class or no reason is given, or the class stays the same.
     */
    void reclassify(LockedCase c, org.mashang.calendar.@Nullable Urgency urgency, @Nullable String reason);

    /** The reviewer's redacted text for the wall: masked again here, stored and recorded as published. */
    void publish(LockedCase c, String text);

    /** Stores the photos (re-encoded already) and attaches them to a timeline entry. */
    void attachPhotos(long eventId, List<Attachment> photos);

    /**
     * The departments a step names, checked against those serving the case's street (400 otherwise), duplicates dropped.
     *
     * @param required at least one must be chosen
     */
    List<DepartmentRef> departments(LockedCase c, List<Long> ids, boolean required);

    /** Departments as the timeline names them: 城管办、执法中队. */
    static String names(List<DepartmentRef> departments) {
        return departments.stream().map(DepartmentRef::name).collect(java.util.stream.Collectors.joining("、"));
    }

    // the departments' assignments of a case

    Optional<Assignment> assignment(long id);

    List<Assignment> assignments(long caseId);

    /** Sends the case to one department: the assignment, its clock (to the end of {@code due}) and {@link AssignmentChanged}. */
    long assign(LockedCase c, int round, DepartmentRef department, LocalDate due, String instructions);

    /** As {@link #assign(LockedCase, int, DepartmentRef, LocalDate, String)}, for a co-handler (协办) of the lead's assignment. */
    long assign(LockedCase c, int round, DepartmentRef department, LocalDate due, String instructions, @Nullable Long leadAssignmentId);

    /**
     * Moves an assignment by the action (409 when its state machine refuses), stores the update, stops its clock when the
     * department is done with it, extends the clock when an extension is granted, and publishes {@link AssignmentChanged}.
     *
     * @return the assignment's due date after the step
     */
    LocalDate changeAssignment(LockedCase c, Assignment a, AssignmentAction action, AssignmentUpdate update);
}
