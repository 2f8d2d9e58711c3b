package org.mashang.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.stats.internal.Counts.Hist;
import org.mashang.stats.internal.Counts.Monthly;
import org.mashang.stats.internal.RollUpJournal.Entry;
import org.mashang.stats.internal.RollUpJournal.Key;
import org.mashang.stats.internal.RollUpJournal.Kind;

/** The folder's sums: changes to the same rows are added, with their durations; other rows and buckets stay apart. */
@UnitTest
class RollUpFolderTests {

    static Key key(long deputy, Hist hist, int bucket) {
        return new Key(Kind.CASE, "/1/", 1L, 2L, deputy, 3L, null, 0, LocalDate.of(2026, 12, 1), null, null, null, null, null, null,
                hist, bucket);
    }

    static Entry entry(Key key, Counts<Monthly> counts) {
        return new Entry(key, counts.amounts(), counts.inBucket());
    }

    @Test
    void changesToTheSameRowsAreSummedOthersKeptApartInTheOrderTheyCame() {
        List<Entry> journaled = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            journaled.add(entry(key(7, null, 0), Counts.of(Monthly.RECEIVED, 1)));
        }
        journaled.add(entry(key(8, null, 0), Counts.of(Monthly.RECEIVED, 1)));
        journaled.add(entry(key(7, Hist.CLOSE, 4), Counts.of(Monthly.CLOSED, 1).and(Monthly.CLOSE_HOURS_SUM, 2.5).inBucket(Hist.CLOSE, 4)));
        journaled.add(entry(key(7, Hist.CLOSE, 4), Counts.of(Monthly.CLOSED, 1).and(Monthly.CLOSE_HOURS_SUM, 3.0).inBucket(Hist.CLOSE, 4)));
        journaled.add(entry(key(7, Hist.CLOSE, 5), Counts.of(Monthly.CLOSED, 1).and(Monthly.CLOSE_HOURS_SUM, 9.0).inBucket(Hist.CLOSE, 5)));
        // a reopened case's counters going back: -1 on the same rows
        journaled.add(entry(key(7, null, 0), Counts.of(Monthly.RECEIVED, -1)));

        List<Entry> sums = List.copyOf(RollUpFolder.summed(journaled));

        assertThat(sums).extracting(Entry::key).containsExactly(key(7, null, 0), key(8, null, 0), key(7, Hist.CLOSE, 4), key(7, Hist.CLOSE, 5));
        Counts<Monthly> received = monthly(sums.get(0));
        assertThat(received.amount(Monthly.RECEIVED)).isEqualTo(2);
        assertThat(received.hist()).isNull();
        assertThat(monthly(sums.get(1)).amount(Monthly.RECEIVED)).isEqualTo(1);
        Counts<Monthly> closed = monthly(sums.get(2));
        assertThat(closed.amount(Monthly.CLOSED)).isEqualTo(2);
        assertThat(closed.amount(Monthly.CLOSE_HOURS_SUM)).isEqualTo(5.5);
        assertThat(closed.hist()).isEqualTo(Hist.CLOSE);
        assertThat(closed.bucket()).isEqualTo(4);
        assertThat(closed.inBucket()).isEqualTo(2);
        assertThat(monthly(sums.get(3)).inBucket()).isEqualTo(1);
        // what was journaled is not changed by summing it
        assertThat(journaled.get(0).amounts()[Monthly.RECEIVED.ordinal()]).isEqualTo(1);
    }

    @Test
    void theJournalsAmountsAreTheCountersInTheirOrder() {
        Counts<Monthly> counts = Counts.of(Monthly.EVALUATED, 1).and(Monthly.SATISFIED, 1).and(Monthly.UNSATISFIED, -1);
        double[] amounts = counts.amounts();
        assertThat(amounts).hasSize(Monthly.values().length);
        Counts<Monthly> back = Counts.of(Monthly.class, amounts, null, 0, 0);
        for (Monthly counter : Monthly.values()) {
            assertThat(back.amount(counter)).as(counter.name()).isEqualTo(counts.amount(counter));
        }
        assertThat(back.amount(Monthly.UNSATISFIED)).isEqualTo(-1);
    }

    static Counts<Monthly> monthly(Entry e) {
        return Counts.of(Monthly.class, e.amounts(), e.key().hist(), e.key().bucket(), e.inBucket());
    }
}
