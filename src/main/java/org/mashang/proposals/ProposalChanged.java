package org.mashang.proposals;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.DeputyLevel;

/**
 * A proposal as it stands after a change (submitted, assigned, answered, evaluated): a snapshot for the statistics,
 * published in the transaction of the change.
 *
 * @param session        congress and session written together ("湘潭市第十七届人大第三次会议"), null until registered
 * @param units          the handling units, lead first
 * @param answeredOnTime whether the first answer came by its due date; null while unanswered
 */
public record ProposalChanged(long proposalId, ProposalState state, DeputyLevel level, @Nullable String session, long leadDeputyId,
                              List<Long> cosigners, List<Long> units, long stationId, long streetId, String scopeKey,
                              AnswerClass answerClass, @Nullable Boolean answeredOnTime, DeputyEvaluation evaluation, Instant submittedAt,
                              Instant occurredAt) {
}
