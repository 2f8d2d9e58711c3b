package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** How alike two messages are, as the reviewer's "similar cases" and the resident's "me too" see it. */
@UnitTest
class SimilarityTests {

    @Test
    void theSameTextIsFullyAlikeAndUnrelatedTextsNotAtAll() {
        assertThat(Similarity.of("路灯坏了", "路灯坏了")).isEqualTo(1.0);
        assertThat(Similarity.of("路灯坏了", "垃圾清运")).isZero();
    }

    @Test
    void itIsTheShareOfTwoCharacterPiecesBothHave() {
        // 路灯 灯坏 坏了 vs 路灯 灯不 不亮: one piece of five in either
        assertThat(Similarity.of("路灯坏了", "路灯不亮")).isCloseTo(1.0 / 5, within(1e-9));
        assertThat(Similarity.of("路灯不亮", "路灯坏了")).isEqualTo(Similarity.of("路灯坏了", "路灯不亮"));
    }

    @Test
    void spacesAndPunctuationDoNotCount() {
        assertThat(Similarity.of("路灯，坏了！", "路 灯 坏 了")).isEqualTo(1.0);
        assertThat(Similarity.of("（路灯）坏了。", "路灯坏了")).isEqualTo(1.0);
    }

    @Test
    void emptyOrOneCharacterTextsAreLikeNothing() {
        assertThat(Similarity.of(null, "路灯坏了")).isZero();
        assertThat(Similarity.of("", "")).isZero();
        assertThat(Similarity.of("灯", "灯")).isZero();
        assertThat(Similarity.of("，。", "路灯")).isZero();
    }
}
