package org.mashang.receptions;

import java.util.List;
import org.mashang.platform.Outcome;
import org.mashang.cases.DeputyFigures;

/**
 * A deputy's record (履职档案) for one year, added up from the receptions and activities recorded and from cases.
 * An activity's attendance and outcomes count in full for every deputy who took part in it.
 *
 * @param receptionsAttended receptions at the station the deputy was present at
 * @param residentsReceived  residents received at those receptions
 * @param activities         every kind, in order, with how many activities and how many people attended
 * @param issuesRaised       issues raised at those receptions and activities, entered as cases
 * @param outcomes           the activities' and the deputy's cases' outcome figures summed by indicator and unit
 * @param cases              the deputy's cases submitted in the year
 * @param proposals          proposals submitted in the year that the deputy led or co-signed
 */
public record DeputyRecord(long deputyId, int year, long receptionsAttended, long residentsReceived, List<KindCount> activities,
                           long issuesRaised, List<Outcome> outcomes, DeputyFigures cases,
                           org.mashang.proposals.DeputyProposals.Counts proposals) {

    public DeputyRecord {
        activities = List.copyOf(activities);
        outcomes = List.copyOf(outcomes);
    }

    public long activitiesHeld() {
        return activities.stream().mapToLong(KindCount::count).sum();
    }

    /** Residents received at receptions plus people attending activities (人次). */
    public long peopleReached() {
        return residentsReceived + activities.stream().mapToLong(KindCount::attendance).sum();
    }

    public KindCount of(ActivityKind kind) {
        return activities.stream().filter(k -> k.kind() == kind).findFirst().orElse(new KindCount(kind, 0, 0));
    }

    public record KindCount(ActivityKind kind, long count, long attendance) {
    }
}
