package org.mashang.stats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.Directory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public league table (履职公示) of departments for a year and a region, read from the same statistics tables as the
 * dashboard: the departments' monthly roll-ups, and for their satisfaction an indexed aggregate over the row-per-case
 * table of the region and year. The deputies' table is {@link DeputyLeague}'s, a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class League {

    private final LeagueRepository figures;
    private final Directory directory;
    private final int minimum;

    League(LeagueRepository figures, Directory directory, @Value("${mashang.league.minimum-count:5}") int minimum) {
        this.figures = figures;
        this.directory = directory;
        this.minimum = minimum;
    }

    public int minimum() {
        return minimum;
    }

    public List<LeagueRows.Department> departments(int year, String scope) {
        Map<Long, long[]> work = figures.departmentWork(year, scope);
        Map<Long, long[]> outcomes = figures.departmentOutcomes(year, scope);
        List<LeagueRows.Department> rows = new ArrayList<>();
        for (DepartmentRef d : directory.activeDepartments()) {
            if (!work.containsKey(d.id()) && !outcomes.containsKey(d.id()) && !serves(d, scope)) {
                continue;
            }
            long[] w = work.getOrDefault(d.id(), new long[5]);
            long[] o = outcomes.getOrDefault(d.id(), new long[4]);
            rows.add(new LeagueRows.Department(d.id(), d.name(), w[0], w[1], w[2], w[3], w[4], o[0], o[1], o[2], o[3], minimum));
        }
        return rows;
    }

    /** A department of the region, or of a region above it that the region's streets send cases to. */
    private boolean serves(DepartmentRef d, String scope) {
        String key = directory.scopeKey(d.regionId());
        return key.startsWith(scope) || scope.startsWith(key);
    }
}
