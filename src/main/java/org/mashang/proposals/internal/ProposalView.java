package org.mashang.proposals.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.calendar.DueState;

/**
 * A proposal as a page shows it, with the names of the people and units. On public pages the texts are masked.
 *
 * @param due where the units' clock stands, or null when it does not run
 */
public record ProposalView(Proposal p, String leadName, String leadCode, List<String> cosigners, List<UnitName> units,
                           List<String> tickets, List<ProposalEvent> events, List<ProposalProgress> progress,
                           @Nullable DueState due) {

    public record UnitName(long id, String name, boolean lead) {
    }

    public String leadUnit() {
        return units.stream().filter(UnitName::lead).map(UnitName::name).findFirst().orElse("");
    }

    public String coHandlers() {
        return String.join("、", units.stream().filter(u -> !u.lead()).map(UnitName::name).toList());
    }

    public String eventLabel(String type) {
        return ProposalEventType.valueOf(type).label();
    }
}
