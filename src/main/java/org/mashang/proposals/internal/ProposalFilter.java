package org.mashang.proposals.internal;

import org.mashang.directory.DeputyLevel;
import org.mashang.proposals.AnswerClass;
import org.mashang.proposals.ProposalState;

/** What the public list can be narrowed by; null means any. {@code session} is congress and session written together. */
public record ProposalFilter(String session, DeputyLevel level, Long departmentId, AnswerClass answerClass, ProposalState state) {
}
