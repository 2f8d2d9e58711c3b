package org.mashang.stats.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.cases.CaseSubmitted;
import org.mashang.cases.Channel;

/**
 * A message a resident left online is folded into the roll-ups soon after its commit; one staff entered (received at a
 * reception day, by phone…) before their request answers, since they may look at the figures next.
 */
@UnitTest
class StatsRecorderFoldingTests {

    final StatCaseRepository cases = mock(StatCaseRepository.class);
    final JournaledRollUps rollUps = mock(JournaledRollUps.class);
    final StatsRecorder recorder = new StatsRecorder(cases, rollUps);

    static CaseSubmitted through(Channel channel) {
        return new CaseSubmitted(7, "T7", channel, 3L, 2, 1, Instant.parse("2026-12-03T02:00:00Z"), 5, null, "/1/", null);
    }

    @Test
    void aResidentsMessageIsFoldedSoon() {
        for (Channel online : new Channel[] {Channel.DEPUTY_CODE, Channel.STATION_CODE, Channel.GOV_PLATFORM}) {
            recorder.on(through(online));
        }
        verify(rollUps, times(3)).bumpSoon(any(), any());
        verify(rollUps, never()).bump(any(), any());
    }

    @Test
    void aMessageStaffEnteredIsFoldedBeforeTheyGoOn() {
        recorder.on(through(Channel.RECEPTION));
        recorder.on(through(Channel.PHONE));
        verify(rollUps, times(2)).bump(any(), any());
        verify(rollUps, never()).bumpSoon(any(), any());
    }
}
