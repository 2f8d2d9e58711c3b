package org.mashang.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mashang.directory.DeputyLevel;
import org.mashang.proposals.AnswerClass;
import org.mashang.proposals.DeputyEvaluation;
import org.mashang.proposals.ProposalState;

/** A row of the register. */
public record Proposal(long id, DeputyLevel level, String congress, String session, Integer number, String title, String body,
                       long leadDeputyId, long stationId, long streetId, ProposalState state, boolean difficult,
                       Instant draftedAt, Instant submittedAt, Instant assignedAt, LocalDate dueDate, Instant answeredAt,
                       Boolean answeredOnTime, AnswerClass answerClass, String answerText, UUID answerFileId, boolean rehandled,
                       DeputyEvaluation evaluation, Instant evaluatedAt, Instant closedAt, int version) {

    /** "湘潭市第十七届人大第三次会议 第123号" once registered. */
    public String reference() {
        return number == null ? "（待登记）" : reference(congress, session, number);
    }

    static String reference(String congress, String session, int number) {
        return congress + session + " 第" + number + "号";
    }
}
