package org.mashang.platform.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import lombok.RequiredArgsConstructor;

/** The pages kept in memory, within a number of pages and of bytes. */
@RequiredArgsConstructor
final class KeptPages {

    @RequiredArgsConstructor
    static final class Entry {
        final CachedPage page;
        final long expiresAt;
        /** Set while one request renders the page again; the others are sent this one meanwhile. */
        final AtomicBoolean renewing = new AtomicBoolean();

        /** Lets the next request that finds the page due renew it again. */
        Runnable renewed() {
            return () -> renewing.set(false);
        }

        boolean fresh(long now) {
            return now - expiresAt < 0;
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final int maxEntries;
    private final long maxBytes;

    Entry get(String key) {
        return entries.get(key);
    }

    /** @return false when there is no room for it */
    boolean put(String key, CachedPage page, Duration ttl) {
        long size = page.size();
        if (bytes.get() + size > maxBytes || entries.size() >= maxEntries) {
            long now = System.nanoTime();
            entries.entrySet().removeIf(e -> {
                boolean expired = !e.getValue().fresh(now);
                if (expired) {
                    bytes.addAndGet(-e.getValue().page.size());
                }
                return expired;
            });
            if (bytes.get() + size > maxBytes || entries.size() >= maxEntries) {
                // full of pages still fresh (many query strings): this one is rendered each time until some expire
                return false;
            }
        }
        Entry previous = entries.put(key, new Entry(page, System.nanoTime() + ttl.toNanos()));
        bytes.addAndGet(size - (previous == null ? 0 : previous.page.size()));
        return true;
    }

    void forget(String key) {
        Entry gone = entries.remove(key);
        if (gone != null) {
            bytes.addAndGet(-gone.page.size());
        }
    }

    void clear() {
        entries.clear();
        bytes.set(0);
    }
}
