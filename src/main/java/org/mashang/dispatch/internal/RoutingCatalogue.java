package org.mashang.dispatch.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Which catalogue line applies to a place: the pure rule, so it can be tested without a database. */
public final class RoutingCatalogue {

    private RoutingCatalogue() {
    }

    /**
     * The most specific rule for a place: the one whose area is deepest in {@code lineage} (the place and every region
     * above it, root first; a block beats its community, a community its street). Between rules of the same area the
     * catalogue of the nearest committee wins (a street's own over its district's). Rules for areas outside the
     * lineage do not apply.
     */
    public static Optional<RoutingRule> mostSpecific(Collection<RoutingRule> rules, List<Long> lineage) {
        RoutingRule best = null;
        for (RoutingRule r : rules) {
            int area = lineage.indexOf(r.areaId());
            if (area < 0) {
                continue;
            }
            if (best == null || area > lineage.indexOf(best.areaId())
                    || area == lineage.indexOf(best.areaId()) && lineage.indexOf(r.ownerRegionId()) > lineage.indexOf(best.ownerRegionId())) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }
}
