package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** A due entry is loaded again in the background while readers get the one kept; a cleared or long-due one by its reader. */
@UnitTest
class TtlCacheTests {

    static final Duration TTL = Duration.ofMillis(100);

    final AtomicInteger loads = new AtomicInteger();

    String load(String key) {
        return key + " " + loads.incrementAndGet();
    }

    /** A loader held until {@code hold} is counted down, whenever the background thread gets to run it. */
    Function<String, String> heldBy(CountDownLatch hold) {
        return key -> {
            try {
                hold.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return load(key);
        };
    }

    /** A read that must be answered within half a second, though the load it starts is held. */
    String readAtOnce(TtlCache<String, String> cache, CountDownLatch hold) throws Exception {
        return CompletableFuture.supplyAsync(() -> cache.get("stations", heldBy(hold))).get(500, TimeUnit.MILLISECONDS);
    }

    void until(int loaded) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (loads.get() < loaded && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(20); // kept once loaded
    }

    @Test
    void aDueEntryIsServedAsKeptWhileItIsLoadedAgainOnce() throws Exception {
        TtlCache<String, String> cache = new TtlCache<>(TTL);
        assertThat(cache.get("stations", this::load)).isEqualTo("stations 1");
        Thread.sleep(TTL.toMillis() + 20);
        CountDownLatch slowLoad = new CountDownLatch(1);

        assertThat(readAtOnce(cache, slowLoad)).isEqualTo("stations 1");
        assertThat(readAtOnce(cache, slowLoad)).isEqualTo("stations 1");
        slowLoad.countDown();
        until(2);
        assertThat(cache.get("stations", this::load)).isEqualTo("stations 2");
        assertThat(loads.get()).as("loaded again once, not by every reader").isEqualTo(2);
    }

    @Test
    void anEntryDueForLongerThanItsTimeToLiveIsLoadedByItsReader() throws Exception {
        TtlCache<String, String> cache = new TtlCache<>(TTL);
        cache.get("stations", this::load);
        Thread.sleep(2 * TTL.toMillis() + 30);
        assertThat(cache.get("stations", this::load)).isEqualTo("stations 2");
    }

    @Test
    void aLoadBegunBeforeAClearIsNotKeptAfterIt() throws Exception {
        TtlCache<String, String> cache = new TtlCache<>(TTL);
        cache.get("stations", this::load);
        Thread.sleep(TTL.toMillis() + 20);
        CountDownLatch slowLoad = new CountDownLatch(1);
        assertThat(readAtOnce(cache, slowLoad)).isEqualTo("stations 1");
        cache.clear(); // an administrator's change committed while the old list was being read
        assertThat(cache.get("stations", this::load)).as("loaded by the reader after the clear").isEqualTo("stations 2");
        slowLoad.countDown();
        until(3);
        assertThat(cache.get("stations", this::load)).as("the load begun before the clear is not kept").isEqualTo("stations 2");
    }

    @Test
    void withoutATimeToLiveEveryReadLoads() {
        TtlCache<String, String> cache = new TtlCache<>(Duration.ZERO);
        cache.get("stations", this::load);
        assertThat(cache.get("stations", this::load)).isEqualTo("stations 2");
    }
}
