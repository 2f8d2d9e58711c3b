package org.mashang.proposals.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mashang.proposals.ProgressStage;

/** Progress of an A or B answer (立项 / 在建 / 完成), with its photos. */
public record ProposalProgress(long id, ProgressStage stage, LocalDate onDate, String note, List<UUID> photos) {
}
