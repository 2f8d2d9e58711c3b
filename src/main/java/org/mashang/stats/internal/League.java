package org.mashang.stats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.stats.internal.LeagueRepository.PerDeputy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public league tables (履职公示) of deputies and departments for a year and a region or station, read from the same
 * statistics tables as the dashboard: the monthly roll-ups (per deputy, per department), the statistics' copies of
 * receptions, activities and proposals, and for departments' satisfaction an indexed aggregate over the row-per-case
 * table of the region and year. A handful of grouped queries, however many deputies there are.
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

    /** @param scope the region's scope key prefix ("" for everywhere) */
    public List<LeagueRows.Deputy> deputies(int year, String scope, Long stationId) {
        Map<Long, long[]> cases = figures.deputyCases(year, scope);
        Map<Long, Long> receptions = figures.perDeputy(PerDeputy.RECEPTIONS, year, scope);
        Map<Long, Long> activities = figures.perDeputy(PerDeputy.ACTIVITIES, year, scope);
        Map<Long, Long> proposals = figures.perDeputy(PerDeputy.PROPOSALS, year, scope);
        List<LeagueRows.Deputy> rows = new ArrayList<>();
        for (DeputyCard d : servingDeputies(scope, stationId)) {
            long[] c = cases.getOrDefault(d.id(), new long[9]);
            rows.add(new LeagueRows.Deputy(d.id(), d.name(), d.code(), d.level().label(), d.stationName(), c[0], c[1], c[2], c[3], c[4],
                    c[5], c[6], c[7], c[8], receptions.getOrDefault(d.id(), 0L), activities.getOrDefault(d.id(), 0L),
                    proposals.getOrDefault(d.id(), 0L), minimum));
        }
        return rows;
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

    /** Serving deputies of the station, or of every active station in the region. */
    private List<DeputyCard> servingDeputies(String scope, Long stationId) {
        List<DeputyCard> out = new ArrayList<>();
        for (StationCard s : directory.activeStations()) {
            if ((stationId == null || s.id() == stationId) && directory.scopeKey(s.streetId()).startsWith(scope)) {
                out.addAll(directory.deputiesOfStation(s.id(), true));
            }
        }
        return out;
    }

    /** A department of the region, or of a region above it that the region's streets send cases to. */
    private boolean serves(DepartmentRef d, String scope) {
        String key = directory.scopeKey(d.regionId());
        return key.startsWith(scope) || scope.startsWith(key);
    }
}
