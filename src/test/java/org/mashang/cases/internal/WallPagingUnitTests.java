package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.cases.CaseState;
import org.mashang.cases.Channel;
import org.mashang.cases.WallCursor;
import org.mashang.cases.WallFilter;
import org.mashang.platform.UserFacingException;

/** Pages of the wall read from a cursor: which rows show and where the pages around them start. */
@UnitTest
class WallPagingUnitTests {

    static final Instant AT = Instant.parse("2026-11-30T02:00:00.123456Z");

    static CaseRecord c(long id) {
        return new CaseRecord(id, "T" + id, "", Channel.DEPUTY_CODE, null, 1, 1, 1, null, "", "", true, null, null, false,
                CaseState.ACCEPTED, AT, AT, 0, false, "", true, null, 0, null, null, List.of(), null, org.mashang.calendar.Urgency.NORMAL);
    }

    /** Cases with ids from {@code from} down, newest first (all submitted in one instant: the id breaks the tie). */
    static List<CaseRecord> rows(long from, int n) {
        return LongStream.range(0, n).mapToObj(i -> c(from - i)).toList();
    }

    static WallFilter at(int page, WallCursor from) {
        return new WallFilter(null, null, null, null, page, from);
    }

    @Test
    void theFirstPageHasNoPageBeforeAndAPageAfterWhenARowIsLeft() {
        var slice = WallPaging.of(rows(100, WallFilter.PAGE_SIZE + 1), at(0, null));
        assertThat(slice.shown()).extracting(CaseRecord::id).startsWith(100L).endsWith(81L).hasSize(WallFilter.PAGE_SIZE);
        assertThat(slice.newer()).isNull();
        assertThat(slice.older()).isEqualTo(new WallCursor(AT, 81, true));
    }

    @Test
    void theLastPageHasNoPageAfter() {
        var slice = WallPaging.of(rows(5, 5), at(3, new WallCursor(AT, 6, true)));
        assertThat(slice.shown()).extracting(CaseRecord::id).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(slice.older()).isNull();
        assertThat(slice.newer()).isEqualTo(new WallCursor(AT, 5, false));
    }

    @Test
    void goingBackTheExtraRowIsTheNewestAndSaysThereIsAPageBefore() {
        // read newer than id 60: ids 61..81, turned round to newest first
        var back = WallPaging.of(rows(81, WallFilter.PAGE_SIZE + 1), at(1, new WallCursor(AT, 60, false)));
        assertThat(back.shown()).extracting(CaseRecord::id).startsWith(80L).endsWith(61L);
        assertThat(back.newer()).isEqualTo(new WallCursor(AT, 80, false));
        assertThat(back.older()).isEqualTo(new WallCursor(AT, 61, true));
        // back at the newest: no page before
        var first = WallPaging.of(rows(100, WallFilter.PAGE_SIZE), at(0, new WallCursor(AT, 80, false)));
        assertThat(first.newer()).isNull();
        assertThat(first.older()).isEqualTo(new WallCursor(AT, 81, true));
    }

    @Test
    void aPageReachedByItsNumberLinksBothWays() {
        var slice = WallPaging.of(rows(60, WallFilter.PAGE_SIZE + 1), at(2, null));
        assertThat(slice.newer()).isEqualTo(new WallCursor(AT, 60, false));
        assertThat(slice.older()).isEqualTo(new WallCursor(AT, 41, true));
        assertThat(WallPaging.of(List.of(), at(2, null)).older()).isNull();
    }

    @Test
    void cursorsTravelAsTokensToTheMicrosecondAndForgedOnesAreRefused() {
        WallCursor cursor = new WallCursor(AT, 81, true);
        assertThat(cursor.token()).isEqualTo("o" + (AT.getEpochSecond() * 1_000_000 + 123_456) + "_81");
        assertThat(WallCursor.parse(cursor.token())).contains(cursor);
        assertThat(WallCursor.parse(new WallCursor(AT, 7, false).token())).contains(new WallCursor(AT, 7, false));
        assertThat(WallCursor.parse(null)).isEmpty();
        assertThat(WallCursor.parse(" ")).isEmpty();
        for (String forged : List.of("x1_2", "o1", "o1_", "o_2", "o1_2;drop", "o99999999999999999999_1", "o1_99999999999999999999")) {
            assertThatThrownBy(() -> WallCursor.parse(forged)).as(forged).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("页码不正确");
        }
    }
}
