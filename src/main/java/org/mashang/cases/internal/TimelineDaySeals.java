package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.mashang.platform.Zones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each street's timeline events of a day, sealed together once the day is over: an HMAC-SHA-256 under the current
 * timeline key of every event's seal in order, chained to the street's previous sealed day. The seals are published
 * (/cases/seals), so anyone who keeps a copy can later show that a past day was rewritten, whatever was done to the
 * database. Any instance may seal; a day sealed twice gets the same digest and the first row stays.
 */
@Component
public class TimelineDaySeals {

    /** A day is sealed a while after it ends, once no transaction begun that day can still be adding to it. */
    static final Duration SETTLE = Duration.ofMinutes(10);

    public record DaySeal(long streetId, LocalDate day, int events, long lastEventId, String prevDigest, int keyId, String digest,
                          Instant sealedAt) {
    }

    private final TimelineDaySealRepository repository;
    private final TimelineSeal seal;
    private final Clock clock;
    private final boolean scheduled;

    TimelineDaySeals(TimelineDaySealRepository repository, TimelineSeal seal, Clock clock,
                     @Value("${mashang.timeline.day-seals-scheduled:true}") boolean scheduled) {
        this.repository = repository;
        this.seal = seal;
        this.clock = clock;
        this.scheduled = scheduled;
    }

    @Scheduled(fixedDelayString = "${mashang.timeline.day-seal-interval:10m}", initialDelayString = "${mashang.timeline.day-seal-delay:1m}")
    void sealFinishedDays() {
        if (!scheduled) {
            return; // tests seal the days they choose
        }
        sealThrough(LocalDate.ofInstant(clock.instant().minus(SETTLE), Zones.CHINA).minusDays(1));
    }

    /** Seals every street's days up to and including {@code lastDay} not sealed yet; @return how many were sealed */
    @Transactional
    public int sealThrough(LocalDate lastDay) {
        Instant end = start(lastDay.plusDays(1));
        Instant since = repository.lastSealedDay().map(d -> start(d.minusDays(1))).orElse(Instant.EPOCH);
        int sealed = 0;
        for (TimelineDaySealRepository.StreetDay d : repository.daysWithEvents(since, end)) {
            long street = d.streetId();
            LocalDate day = d.day();
            DaySeal last = repository.latest(street).orElse(null);
            if (last != null && !day.isAfter(last.day())) {
                continue;
            }
            DaySeal s = compute(street, day, last == null ? Timeline.GENESIS : last.digest(), seal.currentKey());
            sealed += repository.insert(new DaySeal(street, day, s.events(), s.lastEventId(), s.prevDigest(), s.keyId(), s.digest(),
                    clock.instant()));
        }
        return sealed;
    }

    /** Whether a published seal still matches the events of its day as they are stored now. */
    public boolean verify(DaySeal published) {
        return seal.knows(published.keyId())
                && compute(published.streetId(), published.day(), published.prevDigest(), published.keyId()).digest()
                .equals(published.digest());
    }

    /** The most recent seals, newest first. */
    public List<DaySeal> recent(int days) {
        return repository.since(LocalDate.ofInstant(clock.instant(), Zones.CHINA).minusDays(days));
    }

    private DaySeal compute(long street, LocalDate day, String prevDigest, int keyId) {
        List<TimelineDaySealRepository.SealedEvent> events = repository.events(street, start(day), start(day.plusDays(1)));
        String text = "street:" + street + "\u001fday:" + day + "\u001fprev:" + prevDigest + "\u001f"
                + events.stream().map(e -> e.id() + ":" + e.hash()).collect(Collectors.joining("\n"));
        long last = events.isEmpty() ? 0 : events.get(events.size() - 1).id();
        return new DaySeal(street, day, events.size(), last, prevDigest, keyId, seal.seal(keyId, text), null);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(Zones.CHINA).toInstant();
    }
}
