package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

@UnitTest
class AesCookieSealTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final AesCookieSeal seal = new AesCookieSeal(null, KEY);

    @Test
    void aSealedValueOpensAgainAndEachSealDiffers() {
        String a = seal.seal("WL2026-000123|WL2026-000124");
        String b = seal.seal("WL2026-000123|WL2026-000124");

        assertThat(a).isNotEqualTo(b).doesNotContain("WL2026");
        assertThat(seal.open(a)).contains("WL2026-000123|WL2026-000124");
        assertThat(seal.open(b)).contains("WL2026-000123|WL2026-000124");
    }

    @Test
    void aChangedOrForeignValueOpensToNothingAndTheNextOneStillOpens() {
        String sealed = seal.seal("WL2026-000123");
        char last = sealed.charAt(sealed.length() - 2);
        String changed = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);

        assertThat(seal.open(changed)).isEmpty();
        assertThat(new AesCookieSeal(null, Base64.getEncoder().encodeToString(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}))
                .open(sealed)).isEmpty();
        assertThat(seal.open("not a sealed value")).isEmpty();
        assertThat(seal.open("")).isEmpty();
        assertThat(seal.open(null)).isEmpty();
        // the thread's cipher is not left unusable by a value that failed to open
        assertThat(seal.open(sealed)).contains("WL2026-000123");
        assertThat(seal.open(seal.seal("again"))).contains("again");
    }

    @Test
    void requestThreadsSealAndOpenAtTheSameTime() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int n = t;
                work.add(() -> {
                    for (int i = 0; i < 500; i++) {
                        String value = "pass-" + n + "-" + i;
                        if (!seal.open(seal.seal(value)).orElse("").equals(value)) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> done : threads.invokeAll(work)) {
                assertThat(done.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
