package org.mashang.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.stats.internal.DeputyYearRepository.DeputyYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deputies' league (代表履职公示) a page at a time: the serving deputies of a region or station over a year, from
 * their yearly roll-up ({@code stat_deputy_year}). A page sorted by a figure reads its rows from that column's index;
 * only the pages past the deputies the column ranks (and, low to high by a count, the pages before them) read the ranked
 * ids, and a page sorted by name reads the figures of its own deputies only.
 */
@Service
@Transactional(readOnly = true)
public class DeputyLeague {

    public static final int PAGE_SIZE = 50;

    private final DeputyYearRepository years;
    private final Directory directory;
    private final int minimum;

    DeputyLeague(DeputyYearRepository years, Directory directory, @Value("${mashang.league.minimum-count:5}") int minimum) {
        this.years = years;
        this.directory = directory;
        this.minimum = minimum;
    }

    /**
     * One page of the league and whether another follows.
     *
     * @param pages the pages the serving deputies fill; 0 when not counted (a page of ranked deputies reads only its own)
     */
    public record Page(List<LeagueRows.Deputy> rows, int page, int pages, boolean more) {
    }

    /**
     * @param scope the region's scope key prefix ("" for everywhere)
     * @param page counted from 0, of {@code size} deputies ({@link #PAGE_SIZE} on the public page)
     */
    public Page deputies(int year, String scope, @Nullable Long stationId, LeagueSort sort, boolean ascending, int page, int size) {
        int offset = page * size;
        if (sort != LeagueSort.NAME && !(ascending && sort.unrankedFirstWhenAscending()) && stationId == null) {
            // a page of ranked deputies needs only their own cards; the region's whole list only past them
            List<DeputyYear> ranked = years.ranked(year, sort, ascending, minimum, scope, null, offset, size + 1);
            if (ranked.size() > size) {
                List<DeputyCard> shown = new ArrayList<>();
                Map<Long, DeputyYear> figures = new LinkedHashMap<>();
                for (DeputyYear y : ranked.subList(0, size)) {
                    directory.deputy(y.deputyId()).filter(DeputyCard::serving).ifPresent(d -> {
                        shown.add(d);
                        figures.put(d.id(), y);
                    });
                }
                return new Page(rows(year, shown, figures), page, 0, true);
            }
        }
        if (sort == LeagueSort.NAME) {
            // the page's deputies by name from the directory, not the region's whole list (a province's 100,016)
            List<DeputyCard> shown = directory.servingDeputiesByName(scope, stationId, ascending, offset, size + 1);
            return new Page(rows(year, shown.subList(0, Math.min(size, shown.size())), Map.of()), page, 0, shown.size() > size);
        }
        Map<Long, DeputyCard> serving = serving(scope, stationId);
        int pages = Math.max(1, (serving.size() + size - 1) / size);
        List<Long> station = stationId == null ? null : List.copyOf(serving.keySet());
        boolean unrankedFirst = ascending && sort.unrankedFirstWhenAscending();
        List<DeputyCard> shown = new ArrayList<>();
        Map<Long, DeputyYear> figures = new LinkedHashMap<>();
        if (unrankedFirst) {
            // a count low to high: the deputies with none of it first, in the directory's order, then the ranked ones
            List<DeputyCard> unranked = unranked(serving, years.rankedIds(year, sort, minimum, scope, station));
            unranked.stream().skip(offset).limit(size).forEach(shown::add);
            int rankedOffset = Math.max(0, offset - unranked.size());
            List<DeputyYear> ranked = years.ranked(year, sort, true, minimum, scope, station, rankedOffset, size - shown.size() + 1);
            boolean more = offset + size < unranked.size() || ranked.size() > size - shown.size();
            add(ranked.subList(0, Math.min(ranked.size(), size - shown.size())), serving, shown, figures);
            return new Page(rows(year, shown, figures), page, pages, more);
        }
        List<DeputyYear> ranked = years.ranked(year, sort, ascending, minimum, scope, station, offset, size + 1);
        if (ranked.size() > size) {
            add(ranked.subList(0, size), serving, shown, figures);
            return new Page(rows(year, shown, figures), page, pages, true);
        }
        add(ranked, serving, shown, figures);
        // past the ranked deputies: the others follow in the directory's order
        Set<Long> rankedIds = years.rankedIds(year, sort, minimum, scope, station);
        List<DeputyCard> unranked = unranked(serving, rankedIds);
        int unrankedOffset = Math.max(0, offset - rankedIds.size());
        unranked.stream().skip(unrankedOffset).limit(size - ranked.size()).forEach(shown::add);
        return new Page(rows(year, shown, figures), page, pages, unrankedOffset + size - ranked.size() < unranked.size());
    }

    public int minimum() {
        return minimum;
    }

    /** The ranked rows of serving deputies (a former deputy's year stays counted, but is not shown). */
    private static void add(List<DeputyYear> ranked, Map<Long, DeputyCard> serving, List<DeputyCard> shown, Map<Long, DeputyYear> figures) {
        for (DeputyYear y : ranked) {
            DeputyCard d = serving.get(y.deputyId());
            if (d != null) {
                shown.add(d);
                figures.put(d.id(), y);
            }
        }
    }

    private static List<DeputyCard> unranked(Map<Long, DeputyCard> serving, Set<Long> ranked) {
        return serving.values().stream().filter(d -> !ranked.contains(d.id())).toList();
    }

    /** The page's rows; the figures of deputies not read with their rank are read for them alone. */
    private List<LeagueRows.Deputy> rows(int year, List<DeputyCard> shown, Map<Long, DeputyYear> known) {
        Map<Long, DeputyYear> figures = new LinkedHashMap<>(known);
        figures.putAll(years.of(year, shown.stream().map(DeputyCard::id).filter(id -> !known.containsKey(id)).toList()));
        List<LeagueRows.Deputy> rows = new ArrayList<>();
        for (DeputyCard d : shown) {
            DeputyYear y = figures.getOrDefault(d.id(), DeputyYear.NONE);
            rows.add(new LeagueRows.Deputy(d.id(), d.name(), d.code(), d.level().label(), d.stationName(), y.received(), y.firstReplies(),
                    y.firstReplyOnTime(), y.residentReplyDone(), y.residentReplyOnTime(), y.evaluated(), y.satisfied(), y.closed(),
                    y.reopened(), y.receptions(), y.activities(), y.proposalsLed(), minimum));
        }
        return rows;
    }

    /** Serving deputies of the station, or of every active station in the region, in the directory's order. */
    private Map<Long, DeputyCard> serving(String scope, @Nullable Long stationId) {
        Map<Long, DeputyCard> out = new LinkedHashMap<>();
        for (StationCard s : directory.activeStations()) {
            if ((stationId == null || s.id() == stationId) && (scope.isEmpty() || directory.scopeKey(s.streetId()).startsWith(scope))) {
                directory.deputiesOfStation(s.id(), true).forEach(d -> out.put(d.id(), d));
            }
        }
        return out;
    }
}
