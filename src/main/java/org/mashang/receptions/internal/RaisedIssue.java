package org.mashang.receptions.internal;

import org.mashang.cases.CaseState;

/** An issue raised at a reception or an activity and where its case stands now. */
public record RaisedIssue(long caseId, String ticket, String excerpt, CaseState state, boolean isPublic) {
}
