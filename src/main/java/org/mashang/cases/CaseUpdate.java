package org.mashang.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a step changes on a case besides its state, field by field; null leaves a field as it is. The stamps of the
 * loop (accepted, first reply, answered, feedback complete, evaluated, reopened) follow from the action itself.
 */
public record CaseUpdate(@Nullable Long responsibleDeputyId, @Nullable Boolean isPublic, @Nullable Long mergedInto, List<Long> suggestedDepartments,
                         String proposalNumber, Satisfaction satisfaction) {

    public static final CaseUpdate NONE = new CaseUpdate(null, null, null, null, null, null);

    public static CaseUpdate accepted(long responsibleDeputyId, boolean isPublic) {
        return new CaseUpdate(responsibleDeputyId, isPublic, null, null, null, null);
    }

    public static CaseUpdate mergedInto(long targetId) {
        return new CaseUpdate(null, null, targetId, null, null, null);
    }

    public static CaseUpdate suggesting(List<Long> departmentIds) {
        return new CaseUpdate(null, null, null, List.copyOf(departmentIds), null, null);
    }

    public static CaseUpdate proposal(String number) {
        return new CaseUpdate(null, null, null, null, number, null);
    }

    public static CaseUpdate evaluated(Satisfaction satisfaction) {
        return new CaseUpdate(null, null, null, null, null, satisfaction);
    }
}
