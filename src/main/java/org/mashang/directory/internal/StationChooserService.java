package org.mashang.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.directory.StationCard;
import org.mashang.directory.StationChoice;
import org.mashang.directory.StationChooser;
import org.mashang.platform.ReferenceDataChanged;
import org.mashang.platform.TtlCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Goes down the region tree from the scope to where the stations are few enough to list, from the directory's kept
 * list of active stations and where each one's street lies (read once, kept like the directory's other lists).
 */
@Service
@RequiredArgsConstructor
class StationChooserService implements StationChooser {

    private final Directory directory;
    private final StationRepository stations;
    private final TtlCache<String, Map<Long, String>> paths = new TtlCache<>(CachedDirectory.TTL);

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReferenceDataChanged e) {
        paths.clear();
    }

    @Override
    public StationChoice choose(@Nullable Long scopeId, @Nullable Long regionId, @Nullable String text) {
        Map<Long, String> pathOf = paths.get("active", k -> stations.activePaths());
        String scope = scopeId == null ? "/" : pathOf(scopeId);
        List<Placed> scoped = directory.activeStations().stream().filter(s -> pathOf.containsKey(s.id()))
                .map(s -> new Placed(s, pathOf.get(s.id()))).filter(p -> p.path().startsWith(scope)).toList();
        String q = text == null ? "" : text.strip();
        if (!q.isEmpty()) {
            if (q.length() > StationChoice.MAX_TEXT) {
                throw org.mashang.platform.UserFacingException.badRequest("error.stations.tooLong");
            }
            List<StationCard> matches = scoped.stream().map(Placed::station)
                    .filter(s -> s.name().contains(q) || s.streetName().contains(q)).limit(StationChoice.LISTED + 1L).toList();
            return new StationChoice(scoped.size(), List.of(), List.of(), matches.subList(0, Math.min(matches.size(), StationChoice.LISTED)),
                    q, matches.size() > StationChoice.LISTED);
        }
        String at = scope;
        if (regionId != null) {
            at = pathOf(regionId);
            if (!at.startsWith(scope)) {
                throw org.mashang.platform.UserFacingException.notFound("error.region.notFound");
            }
        }
        while (true) {
            String here = at;
            List<Placed> under = scoped.stream().filter(p -> p.path().startsWith(here)).toList();
            Map<Long, Integer> below = new LinkedHashMap<>();
            under.forEach(p -> childOf(here, p.path()).ifPresent(child -> below.merge(child, 1, Integer::sum)));
            if (under.size() <= StationChoice.LISTED) {
                return new StationChoice(scoped.size(), trail(scope, here), List.of(), under.stream().map(Placed::station).toList(), null, false);
            }
            if (below.size() == 1) {
                // one region holds them all (the province of a country-wide list, a city of one district): go on down
                at = here + below.keySet().iterator().next() + "/";
                continue;
            }
            List<StationChoice.Area> areas = new ArrayList<>();
            below.forEach((id, n) -> directory.region(id).ifPresent(r -> areas.add(new StationChoice.Area(id, r.name(), n))));
            return new StationChoice(scoped.size(), trail(scope, here), areas, List.of(), null, false);
        }
    }

    private String pathOf(long regionId) {
        if (directory.region(regionId).isEmpty()) {
            throw org.mashang.platform.UserFacingException.notFound("error.region.notFound");
        }
        return directory.scopeKey(regionId);
    }

    /** The region right below {@code at} on the way to {@code path}, if the path goes below it. */
    private static java.util.Optional<Long> childOf(String at, String path) {
        int end = path.indexOf('/', at.length());
        return end < 0 ? java.util.Optional.empty() : java.util.Optional.of(Long.valueOf(path.substring(at.length(), end)));
    }

    /** The regions from below the scope down to {@code at}. */
    private List<Ref> trail(String scope, String at) {
        List<Ref> trail = new ArrayList<>();
        for (String id : at.substring(scope.length()).split("/")) {
            if (!id.isEmpty()) {
                directory.region(Long.parseLong(id)).ifPresent(trail::add);
            }
        }
        return trail;
    }

    private record Placed(StationCard station, String path) {
    }
}
