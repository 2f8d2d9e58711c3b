package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mashang.cases.internal.TimelineDaySealRepository.StreetEvent;
import org.mashang.platform.Zones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each street's timeline events of a day, sealed together once the day is over: an HMAC-SHA-256 under the current
 * timeline key of every event's seal in order, chained to the street's previous sealed day. The seals are published
 * (/cases/seals), so anyone who keeps a copy can later show that a past day was rewritten, whatever was done to the
 * database. Any instance may seal; a day sealed twice gets the same digest and the first row stays.
 * <p>
 * Days are sealed one at a time, each in a transaction of its own, with one read of that day's events for every street:
 * a province's day is some 16,000 events, and a database that comes with years of unsealed days (an import) is caught
 * up a few days per run rather than by one statement over all of its events.
 */
@Component
public class TimelineDaySeals {

    /** A day is sealed a while after it ends, once no transaction begun that day can still be adding to it. */
    static final Duration SETTLE = Duration.ofMinutes(10);

    public record DaySeal(long streetId, LocalDate day, int events, long lastEventId, String prevDigest, int keyId, String digest,
                          Instant sealedAt) {
    }

    /**
     * The seals of one day (its streets a page at a time: a province has 2,000) or of one street's recent days, with
     * the sealed days on either side and the street the day's next page starts after.
     */
    public record SealPage(List<DaySeal> seals, Optional<LocalDate> earlier, Optional<LocalDate> later, Optional<Long> moreAfter) {

        static final SealPage EMPTY = new SealPage(List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private final TimelineDaySealRepository repository;
    private final TimelineSeal seal;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final boolean scheduled;
    private final Duration budget;

    TimelineDaySeals(TimelineDaySealRepository repository, TimelineSeal seal, Clock clock, TransactionTemplate tx,
                     @Value("${mashang.timeline.day-seals-scheduled:true}") boolean scheduled,
                     @Value("${mashang.timeline.day-seal-budget:5s}") Duration budget) {
        this.repository = repository;
        this.seal = seal;
        this.clock = clock;
        this.tx = tx;
        this.scheduled = scheduled;
        this.budget = budget;
    }

    /** Often, and for a few seconds at most: the scheduler's one thread also delivers notices and counts scans. */
    @Scheduled(fixedDelayString = "${mashang.timeline.day-seal-interval:1m}", initialDelayString = "${mashang.timeline.day-seal-delay:1m}")
    void sealFinishedDays() {
        if (!scheduled) {
            return; // tests seal the days they choose
        }
        sealThrough(LocalDate.ofInstant(clock.instant().minus(SETTLE), Zones.CHINA).minusDays(1), budget);
    }

    /** Seals every street's days up to and including {@code lastDay} not sealed yet; @return how many were sealed */
    public int sealThrough(LocalDate lastDay) {
        return sealThrough(lastDay, null);
    }

    /** As {@link #sealThrough(LocalDate)}, stopping after the day being sealed when the time budget is spent. */
    int sealThrough(LocalDate lastDay, Duration budget) {
        long stopAt = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
        // a day's seals are stored together (one transaction), so the last sealed day is whole
        Instant from = repository.lastSealedDay().map(d -> start(d.plusDays(1))).orElse(Instant.EPOCH);
        int sealed = 0;
        for (Optional<LocalDate> day = nextDayWithEvents(from); day.isPresent() && !day.get().isAfter(lastDay);
             day = nextDayWithEvents(start(day.get().plusDays(1)))) {
            LocalDate d = day.get();
            sealed += tx.execute(s -> sealDay(d));
            if (System.nanoTime() > stopAt) {
                break;
            }
        }
        return sealed;
    }

    private Optional<LocalDate> nextDayWithEvents(Instant from) {
        return repository.firstEventSince(from).map(at -> LocalDate.ofInstant(at, Zones.CHINA));
    }

    private int sealDay(LocalDate day) {
        int sealed = 0;
        List<StreetEvent> events = repository.eventsByStreet(start(day), start(day.plusDays(1)));
        for (int i = 0; i < events.size(); ) {
            long street = events.get(i).streetId();
            List<StreetEvent> ofStreet = new ArrayList<>();
            for (; i < events.size() && events.get(i).streetId() == street; i++) {
                ofStreet.add(events.get(i));
            }
            DaySeal last = repository.latest(street).orElse(null);
            if (last != null && !day.isAfter(last.day())) {
                continue;
            }
            DaySeal s = digest(street, day, last == null ? Timeline.GENESIS : last.digest(), seal.currentKey(),
                    ofStreet.stream().map(e -> e.id() + ":" + e.hash()).toList(), ofStreet.get(ofStreet.size() - 1).id());
            sealed += repository.insert(new DaySeal(street, day, s.events(), s.lastEventId(), s.prevDigest(), s.keyId(), s.digest(),
                    clock.instant()));
        }
        return sealed;
    }

    /** Whether a published seal still matches the events of its day as they are stored now. */
    public boolean verify(DaySeal published) {
        if (!seal.knows(published.keyId())) {
            return false;
        }
        LocalDate day = published.day();
        List<TimelineDaySealRepository.SealedEvent> events = repository.events(published.streetId(), start(day), start(day.plusDays(1)));
        long last = events.isEmpty() ? 0 : events.get(events.size() - 1).id();
        return digest(published.streetId(), day, published.prevDigest(), published.keyId(),
                events.stream().map(e -> e.id() + ":" + e.hash()).toList(), last).digest().equals(published.digest());
    }

    /**
     * A day's seals, {@code size} streets after {@code afterStreet} (the last sealed day when no day is given), or with
     * a street its seals of the {@code days} before today.
     */
    public SealPage page(Optional<LocalDate> day, Optional<Long> street, int days, long afterStreet, int size) {
        if (street.isPresent()) {
            LocalDate from = LocalDate.ofInstant(clock.instant(), Zones.CHINA).minusDays(days);
            return new SealPage(repository.ofStreetSince(street.get(), from), Optional.empty(), Optional.empty(), Optional.empty());
        }
        Optional<LocalDate> shown = day.isPresent() ? day : repository.lastSealedDay();
        if (shown.isEmpty()) {
            return SealPage.EMPTY;
        }
        LocalDate d = shown.get();
        List<DaySeal> seals = repository.ofDay(d, afterStreet, size + 1);
        Optional<Long> more = seals.size() > size ? Optional.of(seals.get(size - 1).streetId()) : Optional.empty();
        return new SealPage(seals.subList(0, Math.min(size, seals.size())), repository.sealedDayNextTo(d, false),
                repository.sealedDayNextTo(d, true), more);
    }

    private DaySeal digest(long street, LocalDate day, String prevDigest, int keyId, List<String> eventSeals, long lastEventId) {
        String text = "street:" + street + "\u001fday:" + day + "\u001fprev:" + prevDigest + "\u001f" + String.join("\n", eventSeals);
        return new DaySeal(street, day, eventSeals.size(), lastEventId, prevDigest, keyId, seal.seal(keyId, text), null);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(Zones.CHINA).toInstant();
    }
}
