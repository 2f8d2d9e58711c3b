package org.mashang.platform;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small in-memory cache whose entries expire after a fixed time, for data read on every event but changed rarely
 * by administrators (recipients, templates). With several instances, a change made on one is seen by the others
 * within the time to live; the instance that made it can {@link #clear()} at once.
 *
 * <p>An entry that is due is loaded again in the background while readers still get the one kept, for at most another
 * time to live: at province size a list (2,000 stations, 13,000 departments) takes a second or two to load, and every
 * page needing it waited for that every 30 s. An entry due for longer than that, or one cleared, is loaded by its reader.
 */
public final class TtlCache<K, V> {

    private static final class Entry<V> {
        final V value;
        final long expiresAt;
        final AtomicBoolean reloading = new AtomicBoolean();

        Entry(V value, long expiresAt) {
            this.value = value;
            this.expiresAt = expiresAt;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TtlCache.class);
    private static final int MAX_ENTRIES = 10_000;
    /** Shared by every cache: two loads at a time, the rest queued; a full queue has the reader load it. */
    private static final ThreadPoolExecutor RELOADS = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(MAX_ENTRIES), DaemonThreads.named("ttl-cache-reload"));

    static {
        RELOADS.allowCoreThreadTimeOut(true);
    }

    private final long ttlNanos;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Counts clears, so a load begun before one is not kept after it (it may have read what the change replaced). */
    private final AtomicLong generation = new AtomicLong();

    public TtlCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    public V get(K key, Function<K, V> loader) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresAt <= 0) {
            return entry.value;
        }
        if (entry != null && now - entry.expiresAt <= ttlNanos) {
            if (!entry.reloading.compareAndSet(false, true)) {
                return entry.value; // being loaded again: the one kept meanwhile
            }
            if (reloadLater(key, loader, entry)) {
                return entry.value;
            }
        }
        return load(key, loader, generation.get());
    }

    private boolean reloadLater(K key, Function<K, V> loader, Entry<V> entry) {
        long asOf = generation.get();
        try {
            RELOADS.execute(() -> {
                try {
                    load(key, loader, asOf);
                } catch (RuntimeException e) {
                    log.warn("Could not load {} again; the kept value serves until it is too old", key, e);
                } finally {
                    entry.reloading.set(false);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            entry.reloading.set(false);
            return false;
        }
    }

    private V load(K key, Function<K, V> loader, long asOf) {
        V value = loader.apply(key);
        long now = System.nanoTime();
        if (generation.get() == asOf) {
            entries.put(key, new Entry<>(value, now + ttlNanos));
        }
        if (entries.size() > MAX_ENTRIES) {
            entries.entrySet().removeIf(e -> now - e.getValue().expiresAt > 0);
            if (entries.size() > MAX_ENTRIES) {
                // keys made up by visitors (codes that do not exist) must not fill the memory
                entries.clear();
            }
        }
        return value;
    }

    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }
}
