package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.cases.ListCursor;
import org.mashang.cases.ListPage;
import org.mashang.platform.UserFacingException;

/** Pages of a workbench list read from a cursor: which rows show, where the pages around them start, and the links' form. */
@UnitTest
class ListPagingUnitTests {

    /** Rows with ids (and sort values, ten apart) from {@code from} onwards in reading order. */
    static List<ListPaging.Keyed<Long>> read(long from, int n, int step) {
        return LongStream.range(0, n).map(i -> from + i * step).mapToObj(id -> new ListPaging.Keyed<>(id, id * 10, id)).toList();
    }

    @Test
    void theFirstPageHasNoPageBeforeAndAPageAfterWhenARowIsLeft() {
        ListPage<Long> page = ListPaging.page(read(1, ListPage.SIZE + 1, 1), null, 120);
        assertThat(page.rows()).startsWith(1L).endsWith(50L).hasSize(ListPage.SIZE);
        assertThat(page.first()).isTrue();
        assertThat(page.previous()).isNull();
        assertThat(page.next()).isEqualTo(new ListCursor(500, 50, true));
        assertThat(page.count()).isEqualTo(120);
    }

    @Test
    void aListThatFitsHasNoLinks() {
        ListPage<Long> page = ListPaging.page(read(1, 3, 1), null, 3);
        assertThat(page.rows()).containsExactly(1L, 2L, 3L);
        assertThat(page.previous()).isNull();
        assertThat(page.next()).isNull();
    }

    @Test
    void aPageAfterARowLinksBackAndOnOnlyWhenMoreIsLeft() {
        ListPage<Long> middle = ListPaging.page(read(51, ListPage.SIZE + 1, 1), new ListCursor(500, 50, true), 120);
        assertThat(middle.rows()).startsWith(51L).endsWith(100L);
        assertThat(middle.previous()).isEqualTo(new ListCursor(510, 51, false));
        assertThat(middle.next()).isEqualTo(new ListCursor(1000, 100, true));

        ListPage<Long> last = ListPaging.page(read(101, 20, 1), new ListCursor(1000, 100, true), 120);
        assertThat(last.rows()).hasSize(20);
        assertThat(last.previous()).isNotNull();
        assertThat(last.next()).as("the end of the list").isNull();
    }

    @Test
    void aPageBeforeARowIsReadBackwardsAndShownInTheListsOrder() {
        // read from 101 backwards: 100, 99, … 50 (one more than a page: there is a page before this one)
        ListPage<Long> back = ListPaging.page(read(100, ListPage.SIZE + 1, -1), new ListCursor(1010, 101, false), 120);
        assertThat(back.rows()).startsWith(51L).endsWith(100L).hasSize(ListPage.SIZE).isSorted();
        assertThat(back.previous()).isEqualTo(new ListCursor(510, 51, false));
        assertThat(back.next()).isEqualTo(new ListCursor(1000, 100, true));

        ListPage<Long> first = ListPaging.page(read(50, ListPage.SIZE, -1), new ListCursor(510, 51, false), 120);
        assertThat(first.rows()).startsWith(1L).endsWith(50L);
        assertThat(first.first()).as("back at the start").isTrue();
        assertThat(first.next()).isEqualTo(new ListCursor(500, 50, true));
    }

    @Test
    void aCursorGoesIntoALinkAndComesBack() {
        for (ListCursor c : List.of(new ListCursor(1_764_000_000_123_456L, 42, true), new ListCursor(-5, 7, false),
                new ListCursor(20_500, Long.MAX_VALUE, true))) {
            assertThat(ListCursor.parse(c.token())).contains(c);
        }
        assertThat(ListCursor.parse(null)).isEmpty();
        assertThat(ListCursor.parse(" ")).isEmpty();
    }

    @Test
    void aTokenNoLinkMadeIsABadRequestInChinese() {
        for (String bad : List.of("x1_2", "a1", "a1_-2", "a99999999999999999999_1", "a1_2;drop", "o1_2")) {
            assertThatThrownBy(() -> ListCursor.parse(bad)).as(bad).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("页码不正确");
        }
    }

    @Test
    void theCountBeyondTheCapIsShownAsSuch() {
        assertThat(new ListPage<>(List.of(), ListPage.COUNT_CAP + 1, null, null).countText()).isEqualTo("10000+");
        assertThat(new ListPage<>(List.of(), ListPage.COUNT_CAP, null, null).countText()).isEqualTo("10000");
    }
}
