package org.mashang.stats.internal;

import lombok.RequiredArgsConstructor;
import org.mashang.proposals.ProposalChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the statistics' copy of each proposal, in the transaction of the change. */
@Component
@RequiredArgsConstructor
class ProposalRecorder {

    private final StatRecordRepository copies;

    @EventListener
    void on(ProposalChanged e) {
        copies.saveProposal(e);
    }
}
