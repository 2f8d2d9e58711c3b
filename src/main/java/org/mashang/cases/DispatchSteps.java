package org.mashang.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.accounts.StaffUser;
import org.mashang.platform.Attachment;

/**
 * The dispatchers' and the departments' steps (交办, 办理), carried out by the dispatch module through {@link CaseChanges}.
 * Declared here, with the loop, so that the loop's demo cases can be run through the real steps without cases depending
 * on dispatch. Each step checks the role, the scope (404) and the state machines (409).
 */
public interface DispatchSteps {

    /** Every department handles its part and reports on its own. */
    void dispatch(StaffUser dispatcher, long caseId, List<Long> departmentIds, LocalDate dueDate, String instructions);

    /**
     * With {@code leadDepartmentId} (one of {@code departmentIds}) that department leads (主办) and the others co-handle
     * (协办): they report to the lead, whose feedback closes the department stage. Without it each handles on its own.
     */
    void dispatch(StaffUser dispatcher, long caseId, List<Long> departmentIds, @Nullable Long leadDepartmentId, LocalDate dueDate,
                  String instructions);

    void decideExtension(StaffUser dispatcher, long assignmentId, boolean grant, String note);

    void report(StaffUser department, long assignmentId, String feedback, List<Attachment> photos);

    void returnAssignment(StaffUser department, long assignmentId, String reason);

    void requestExtension(StaffUser department, long assignmentId, int days, String reason);

    /** A department's own assignment: the resident's full phone number, the look recorded on the timeline (internal). */
    String revealPhone(StaffUser department, long assignmentId);

    /** The urgency class changed by a dispatcher of the level holding the case, with the reason (as a reviewer may). */
    void changeUrgency(StaffUser dispatcher, long caseId, org.mashang.calendar.Urgency urgency, String reason);

    /** 回访 recorded by a dispatcher of the level holding the case (as a reviewer may). */
    void followUp(StaffUser dispatcher, long caseId, org.mashang.cases.Satisfaction satisfaction, String note);
}
