package org.mashang.proposals;

import java.time.LocalDate;
import java.util.List;

/** A proposal was assigned (or handed back for handling again) to its units, who must answer by {@code dueDate}. */
public record ProposalAssigned(long proposalId, String reference, LocalDate dueDate, List<Long> units) {
}
