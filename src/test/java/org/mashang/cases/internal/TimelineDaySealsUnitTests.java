package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.InMemorySecrets;
import org.mashang.UnitTest;
import org.mashang.cases.internal.TimelineDaySealRepository.StreetEvent;
import org.mashang.cases.internal.TimelineDaySeals.DaySeal;
import org.mashang.platform.ServerSecrets;
import org.mashang.platform.Zones;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sealing goes a day at a time through the days that have events, chains each street to its own previous seal, and
 * a run with a time budget stops after the day it is on (the next run goes on from there).
 */
@UnitTest
class TimelineDaySealsUnitTests {

    static final LocalDate D1 = LocalDate.of(2025, 3, 1);
    static final LocalDate D2 = LocalDate.of(2025, 3, 5);
    static final LocalDate D3 = LocalDate.of(2025, 3, 9);

    final TimelineDaySealRepository repository = mock(TimelineDaySealRepository.class);
    final List<DaySeal> stored = new ArrayList<>();
    final List<Instant> eventTimes = List.of(at(D1), at(D2), at(D3));
    TimelineDaySeals seals;

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(Zones.CHINA).toInstant();
    }

    @BeforeEach
    void setUp() {
        InMemorySecrets secrets = new InMemorySecrets();
        secrets.stored.put("timeline-key.1", ServerSecrets.newKey());
        seals = new TimelineDaySeals(repository, new TimelineSeal(secrets), Clock.systemUTC(),
                new TransactionTemplate(mock(PlatformTransactionManager.class)), true, Duration.ofSeconds(5));
        when(repository.lastSealedDay()).thenAnswer(i -> stored.stream().map(DaySeal::day).max(LocalDate::compareTo));
        when(repository.firstEventSince(any())).thenAnswer(i -> {
            Instant since = i.getArgument(0);
            return eventTimes.stream().filter(t -> !t.isBefore(since)).findFirst();
        });
        // streets 1 and 2 have events on each day; street 2 has none on the second
        when(repository.eventsByStreet(any(), any())).thenAnswer(i -> {
            Instant from = i.getArgument(0);
            long base = from.getEpochSecond();
            List<StreetEvent> events = new ArrayList<>(List.of(new StreetEvent(1, base, "a"), new StreetEvent(1, base + 1, "b")));
            if (!from.equals(D2.atStartOfDay(Zones.CHINA).toInstant())) {
                events.add(new StreetEvent(2, base + 2, "c"));
            }
            return events;
        });
        when(repository.latest(anyLong())).thenAnswer(i -> {
            long street = i.getArgument(0);
            return stored.stream().filter(s -> s.streetId() == street).reduce((a, b) -> b);
        });
        when(repository.insert(any())).thenAnswer(i -> {
            stored.add(i.getArgument(0));
            return 1;
        });
    }

    @Test
    void everyDayWithEventsIsSealedOncePerStreetChainedToTheStreetsPreviousDay() {
        assertThat(seals.sealThrough(D3)).isEqualTo(5);
        assertThat(stored).extracting(DaySeal::streetId, DaySeal::day).containsExactly(
                tuple(1L, D1), tuple(2L, D1),
                tuple(1L, D2),
                tuple(1L, D3), tuple(2L, D3));
        DaySeal street2day3 = stored.get(4);
        assertThat(street2day3.prevDigest()).isEqualTo(stored.get(1).digest()); // street 2's D1, across the day it had none
        assertThat(stored.get(0).prevDigest()).isEqualTo(Timeline.GENESIS);
        assertThat(stored.get(0).events()).isEqualTo(2);
        assertThat(seals.sealThrough(D3)).isZero();
    }

    @Test
    void aRunWhoseBudgetIsSpentStopsAfterItsDayAndTheNextGoesOn() {
        assertThat(seals.sealThrough(D3, Duration.ZERO)).isEqualTo(2);
        assertThat(stored).extracting(DaySeal::day).containsOnly(D1);
        assertThat(seals.sealThrough(D3, Duration.ZERO)).isEqualTo(1);
        assertThat(seals.sealThrough(D3, Duration.ZERO)).isEqualTo(2);
        assertThat(seals.sealThrough(D3, Duration.ZERO)).isZero();
        assertThat(stored).hasSize(5);
    }

    @Test
    void daysAfterTheLastDayAskedForWait() {
        assertThat(seals.sealThrough(D2)).isEqualTo(3);
        assertThat(stored).extracting(DaySeal::day).doesNotContain(D3);
    }

    @Test
    void aDaysStreetsComeAPageAtATimeEachAfterTheLastOneShown() {
        seals.sealThrough(D3);
        when(repository.ofDay(any(), anyLong(), anyInt())).thenAnswer(i -> {
            LocalDate day = i.getArgument(0);
            long after = i.getArgument(1);
            int limit = i.getArgument(2);
            return stored.stream().filter(s -> s.day().equals(day) && s.streetId() > after).limit(limit).toList();
        });
        TimelineDaySeals.SealPage first = seals.page(Optional.of(D1), Optional.empty(), 60, 0, 1);
        assertThat(first.seals()).extracting(DaySeal::streetId).containsExactly(1L);
        assertThat(first.moreAfter()).contains(1L);
        TimelineDaySeals.SealPage second = seals.page(Optional.of(D1), Optional.empty(), 60, first.moreAfter().get(), 1);
        assertThat(second.seals()).extracting(DaySeal::streetId).containsExactly(2L);
        assertThat(second.moreAfter()).isEmpty();
    }
}
