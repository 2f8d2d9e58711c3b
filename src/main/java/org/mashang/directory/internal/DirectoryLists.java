package org.mashang.directory.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.Ref;
import org.mashang.directory.StationCard;
import org.mashang.platform.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The directory's province-size lists (the region tree down to the streets, the active stations, departments and
 * categories), which staff pages read on every request, kept ready so that no visitor waits for them: at a province's
 * size they take seconds to read, and the first staff page after a start or after an administrator's change read them
 * in its request (5–6 s for the province administrator's search at 10,000,000 cases).
 *
 * <p>They are loaded on a thread of their own: once when the application is ready (readiness, this indicator named
 * "directory" in the readiness group, is OUT_OF_SERVICE until that load has ended), again every {@link CachedDirectory#TTL}
 * (changes made on other instances), and at once after a change on this instance — the administrator's request waits
 * for that renewal (so the next page they see shows the change) while everyone else keeps the lists held. Loads run one
 * after the other, so a load begun before a change never replaces one begun after it. Until the first load, or after a
 * renewal failed, {@link #current()} is empty and readers load what they need themselves.
 */
@Component("directory")
@RequiredArgsConstructor
class DirectoryLists implements HealthIndicator {

    /** One consistent reading of the lists. */
    record Lists(RegionTree tree, List<StationCard> stations, List<DepartmentRef> departments, List<Ref> categories) {
    }

    private static final Logger log = LoggerFactory.getLogger(DirectoryLists.class);
    /** How long an administrator's change waits for the renewal before the lists are dropped instead. */
    private static final Duration RENEWAL_WAIT = Duration.ofSeconds(30);

    private final DirectoryService directory;
    private final ScheduledExecutorService loader =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("directory-lists"));
    private volatile @Nullable Lists lists;
    private volatile boolean firstLoadEnded;
    private volatile long loadedAt;

    /** The lists held, or null before the first load and after a failed renewal. */
    @Nullable Lists current() {
        return lists;
    }

    /** The region tree held (an empty one when none is). */
    RegionTree tree() {
        Lists held = lists;
        return held == null ? RegionTree.EMPTY : held.tree();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        loader.scheduleWithFixedDelay(this::renewQuietly, 0, CachedDirectory.TTL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Renews the lists now and returns when they are in: an administrator's change has committed. */
    void renewNow() {
        try {
            loader.submit(this::load).get(RENEWAL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            // never the lists from before the change: drop them, readers load their own until the next renewal
            lists = null;
            log.warn("Could not renew the directory's lists after a change; readers load them until the next renewal", e);
        } catch (InterruptedException e) {
            lists = null;
            Thread.currentThread().interrupt();
        }
    }

    private void renewQuietly() {
        try {
            load();
        } catch (RuntimeException e) {
            if (System.nanoTime() - loadedAt > 2 * CachedDirectory.TTL.toNanos()) {
                lists = null; // too old to stand for the directory: readers load their own
            }
            log.warn("Could not renew the directory's lists; the ones held serve for at most one more renewal", e);
        } finally {
            firstLoadEnded = true;
        }
    }

    private void load() {
        long start = System.nanoTime();
        RegionTree tree = directory.regionTree();
        Lists loaded = new Lists(tree, directory.activeStations(tree), directory.activeDepartments(), directory.activeCategories());
        lists = loaded;
        loadedAt = System.nanoTime();
        log.debug("Directory's lists loaded in {} ms: {} regions, {} stations, {} departments", (loadedAt - start) / 1_000_000,
                tree.size(), loaded.stations().size(), loaded.departments().size());
    }

    @Override
    public Health health() {
        Lists held = lists;
        if (!firstLoadEnded) {
            return Health.outOfService().withDetail("lists", "loading").build();
        }
        return held == null ? Health.up().withDetail("lists", "read by each page until the next renewal").build()
                : Health.up().withDetail("regions", held.tree().size()).withDetail("stations", held.stations().size()).build();
    }

    @PreDestroy
    void stop() {
        loader.shutdownNow();
    }
}
