package org.mashang.platform;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small in-memory cache whose entries expire after a fixed time, for data read on every event but changed rarely
 * by administrators (recipients, templates). With several instances, a change made on one is seen by the others
 * within the time to live; the instance that made it can {@link #clear()} at once.
 */
public final class TtlCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private static final int MAX_ENTRIES = 10_000;

    private final long ttlNanos;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public TtlCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    public V get(K key, Function<K, V> loader) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry == null || now - entry.expiresAt() > 0) {
            entry = new Entry<>(loader.apply(key), now + ttlNanos);
            entries.put(key, entry);
            if (entries.size() > MAX_ENTRIES) {
                entries.entrySet().removeIf(e -> now - e.getValue().expiresAt() > 0);
                if (entries.size() > MAX_ENTRIES) {
                    // keys made up by visitors (codes that do not exist) must not fill the memory
                    entries.clear();
                }
            }
        }
        return entry.value();
    }

    public void clear() {
        entries.clear();
    }
}
