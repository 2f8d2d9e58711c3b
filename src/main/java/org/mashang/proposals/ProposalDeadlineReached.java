package org.mashang.proposals;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposal's answer became due soon, or overdue (督办). Published once per clock, inside the transaction that marks
 * it, so notices written by listeners commit with the mark.
 *
 * @param units       the handling units, lead first
 * @param deputies    the lead deputy and the co-signers
 */
public record ProposalDeadlineReached(long proposalId, String reference, Kind kind, LocalDate dueDate, long streetId,
                                      List<Long> units, List<Long> deputies) {

    public enum Kind { DUE_SOON, OVERDUE }
}
