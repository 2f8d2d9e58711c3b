package org.mashang.cases;

import java.time.LocalDate;
import java.util.List;
import org.mashang.accounts.StaffUser;
import org.mashang.platform.Attachment;

/**
 * The dispatchers' and the departments' steps (交办, 办理), carried out by the dispatch module through {@link CaseChanges}.
 * Declared here, with the loop, so that the loop's demo cases can be run through the real steps without cases depending
 * on dispatch. Each step checks the role, the scope (404) and the state machines (409).
 */
public interface DispatchSteps {

    void dispatch(StaffUser dispatcher, long caseId, List<Long> departmentIds, LocalDate dueDate, String instructions);

    void decideExtension(StaffUser dispatcher, long assignmentId, boolean grant, String note);

    void report(StaffUser department, long assignmentId, String feedback, List<Attachment> photos);

    void returnAssignment(StaffUser department, long assignmentId, String reason);

    void requestExtension(StaffUser department, long assignmentId, int days, String reason);
}
