package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

@UnitTest
class ServerMemoryTests {

    static final long GB = 1024 * ServerMemory.MB;

    @Test
    void autoTakesAQuarterOfTheMachineWithinItsBounds() {
        assertThat(ServerMemory.settings("auto", 24 * GB))
                .isEqualTo(Map.of("shared_buffers", "6144MB", "effective_cache_size", "12288MB"));
        assertThat(ServerMemory.settings("auto", 256 * GB)).containsEntry("shared_buffers", "8192MB");
        assertThat(ServerMemory.settings("AUTO", GB / 4))
                .isEqualTo(Map.of("shared_buffers", "128MB", "effective_cache_size", "128MB"));
    }

    @Test
    void aGivenSizeIsTakenAsItIs() {
        assertThat(ServerMemory.settings("512MB", 24 * GB)).containsEntry("shared_buffers", "512MB");
        assertThat(ServerMemory.settings(" 2gb ", 24 * GB)).containsEntry("shared_buffers", "2048MB");
    }

    @Test
    void anythingElseSaysWhatItMayBe() {
        assertThatThrownBy(() -> ServerMemory.settings("lots", GB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auto or a size");
    }
}
