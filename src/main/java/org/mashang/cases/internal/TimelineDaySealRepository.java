package org.mashang.cases.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.internal.TimelineDaySeals.DaySeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sealed days of each street's timeline events ({@code timeline_day_seal}) and the events they seal, for {@link TimelineDaySeals}. */
@Repository
@RequiredArgsConstructor
class TimelineDaySealRepository {

    private final JdbcClient jdbc;

    /** An event as it is sealed with its day. */
    record SealedEvent(long id, String hash) {
    }

    /** An event of a day as it is sealed, with its case's street. */
    record StreetEvent(long streetId, long id, String hash) {
    }

    Optional<LocalDate> lastSealedDay() {
        return jdbc.sql("select max(day) from timeline_day_seal").query(LocalDate.class).optional();
    }

    /** When the first event at or after {@code since} happened (through the events' time index). */
    Optional<Instant> firstEventSince(Instant since) {
        return jdbc.sql("select min(occurred_at) from case_event where occurred_at >= :since")
                .param("since", Timestamp.from(since)).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Every street's events in the range (a day), by street and in the order they were stored. */
    List<StreetEvent> eventsByStreet(Instant from, Instant to) {
        return jdbc.sql("""
                        select c.street_id, e.id, e.hash from case_event e join cases c on c.id = e.case_id
                        where e.occurred_at >= :from and e.occurred_at < :to order by c.street_id, e.id""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(StreetEvent.class).list();
    }

    /** The events of a street in the range, in the order they were stored. */
    List<SealedEvent> events(long streetId, Instant from, Instant to) {
        return jdbc.sql("""
                        select e.id, e.hash from case_event e join cases c on c.id = e.case_id
                        where c.street_id = :s and e.occurred_at >= :from and e.occurred_at < :to order by e.id""")
                .param("s", streetId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(SealedEvent.class).list();
    }

    /** @return 1 when stored, 0 when another instance sealed the day first */
    int insert(DaySeal s) {
        return jdbc.sql("""
                        insert into timeline_day_seal (street_id, day, events, last_event_id, prev_digest, key_id, digest, sealed_at)
                        values (:s, :d, :n, :last, :prev, :key, :digest, :at) on conflict do nothing""")
                .param("s", s.streetId()).param("d", Date.valueOf(s.day())).param("n", s.events()).param("last", s.lastEventId())
                .param("prev", s.prevDigest()).param("key", s.keyId()).param("digest", s.digest())
                .param("at", Timestamp.from(s.sealedAt())).update();
    }

    Optional<DaySeal> latest(long streetId) {
        return jdbc.sql("select * from timeline_day_seal where street_id = :s order by day desc limit 1").param("s", streetId)
                .query(DaySeal.class).optional();
    }

    /** The streets' seals of a day after the given street, by street, at most {@code limit}. */
    List<DaySeal> ofDay(LocalDate day, long afterStreet, int limit) {
        return jdbc.sql("select * from timeline_day_seal where day = :d and street_id > :after order by street_id limit :limit")
                .param("d", Date.valueOf(day)).param("after", afterStreet).param("limit", limit).query(DaySeal.class).list();
    }

    /** A street's seals of days from the given one, newest first. */
    List<DaySeal> ofStreetSince(long streetId, LocalDate from) {
        return jdbc.sql("select * from timeline_day_seal where street_id = :s and day >= :from order by day desc")
                .param("s", streetId).param("from", Date.valueOf(from)).query(DaySeal.class).list();
    }

    /** The sealed day nearest before (or after, with {@code later}) the given one. */
    Optional<LocalDate> sealedDayNextTo(LocalDate day, boolean later) {
        return jdbc.sql(later ? "select min(day) from timeline_day_seal where day > :d" : "select max(day) from timeline_day_seal where day < :d")
                .param("d", Date.valueOf(day)).query(LocalDate.class).optional();
    }
}
