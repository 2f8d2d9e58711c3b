package org.mashang.stats.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.FilterOptions;
import org.mashang.receptions.ActivityKind;
import org.mashang.stats.internal.PublicStatsRepository.Count;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public yearly figures, for all stations or one, from the statistics' own tables. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PublicStats {

    /** The indicator activities record money recovered for residents under (in 元). */
    public static final String MONEY_RECOVERED = "挽回经济损失";

    private final PublicStatsRepository figures;
    private final Directory directory;

    public PublicFigures year(int year, Long stationId) {
        return year(year, stationId, "");
    }

    /** @param scope the scope key prefix of a region ("" for everywhere) */
    public PublicFigures year(int year, Long stationId, String scope) {
        StationCard station = stationId == null ? null : directory.station(stationId).orElse(null);
        LocalDate from = LocalDate.of(year, 1, 1);
        PublicStatsRepository.Period period = new PublicStatsRepository.Period(from, from.plusYears(1), stationId, scope);
        PublicStatsRepository.MessageTotals messages = figures.messages(period);
        Map<Long, Long> solvedByStation = figures.solvedByStation(period);
        PublicStatsRepository.ReceptionTotals receptions = figures.receptions(period);
        Map<ActivityKind, Count> byKind = figures.activities(period);
        List<PublicFigures.KindCount> kinds = new ArrayList<>();
        for (ActivityKind k : ActivityKind.values()) {
            Count c = byKind.getOrDefault(k, Count.NONE);
            kinds.add(new PublicFigures.KindCount(k.name(), k.label(), c.count(), c.people()));
        }
        List<PublicFigures.OutcomeSum> outcomes = figures.outcomes(period);
        BigDecimal money = outcomes.stream().filter(o -> o.indicator().equals(MONEY_RECOVERED) && o.unit().equals("元"))
                .map(PublicFigures.OutcomeSum::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Count forum = byKind.getOrDefault(ActivityKind.FORUM, Count.NONE);
        List<PublicFigures.StationRow> rows = station == null ? stationRows(period, solvedByStation) : List.of();
        return new PublicFigures(year, station == null ? "全部联络站" : station.name(), messages.received(),
                solvedByStation.values().stream().mapToLong(Long::longValue).sum(),
                messages.evaluated() == 0 ? null : 100.0 * messages.satisfied() / messages.evaluated(), messages.followedUp(),
                receptions.receptions(), receptions.residents(), receptions.deputies(), forum.count(), forum.people(), kinds, money,
                outcomes, listed(rows), rows.size());
    }

    /** Every station's row while they are few; else the busiest (residents received and issues solved), as many as a list shows. */
    static List<PublicFigures.StationRow> listed(List<PublicFigures.StationRow> rows) {
        if (rows.size() <= FilterOptions.MAX) {
            return rows;
        }
        return rows.stream().sorted(Comparator.comparingLong((PublicFigures.StationRow r) -> r.residentsReceived() + r.issuesSolved())
                .reversed()).limit(FilterOptions.MAX).toList();
    }

    /** One row per active station of the region: two grouped queries and the solved issues, however many stations there are. */
    private List<PublicFigures.StationRow> stationRows(PublicStatsRepository.Period period, Map<Long, Long> solved) {
        Map<Long, Long> residents = figures.residentsByStation(period);
        Map<Long, Count> forums = figures.forumsByStation(period);
        List<PublicFigures.StationRow> rows = new ArrayList<>();
        for (StationCard s : directory.activeStations()) {
            if (!directory.scopeKey(s.streetId()).startsWith(period.scope())) {
                continue;
            }
            Count f = forums.getOrDefault(s.id(), Count.NONE);
            rows.add(new PublicFigures.StationRow(s.id(), s.name(), residents.getOrDefault(s.id(), 0L), f.count(), f.people(),
                    solved.getOrDefault(s.id(), 0L)));
        }
        return rows;
    }
}
