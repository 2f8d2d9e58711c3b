package org.mashang.receptions.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class ReceptionRepository {

    private static final String SELECT = """
            select r.*, (select count(*) from reception_case c where c.reception_id = r.id) as issues from reception r""";

    private final JdbcClient jdbc;

    long insert(long stationId, LocalDate day, LocalDate scheduled, String extraReason, int residents, String notes, long userId,
                String userName, Instant now) {
        return jdbc.sql("""
                        insert into reception (station_id, day, scheduled, extra_reason, residents_received, notes, recorded_by,
                                               recorded_by_name, recorded_at)
                        values (:s, :day, :scheduled, :reason, :residents, :notes, :u, :name, :now) returning id""")
                .param("s", stationId).param("day", Date.valueOf(day)).param("scheduled", scheduled == null ? null : Date.valueOf(scheduled))
                .param("reason", extraReason).param("residents", residents).param("notes", notes).param("u", userId)
                .param("name", userName).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    void addDeputies(long receptionId, List<Long> deputyIds) {
        for (long deputy : deputyIds) {
            jdbc.sql("insert into reception_deputy (reception_id, deputy_id) values (:r, :d) on conflict do nothing")
                    .param("r", receptionId).param("d", deputy).update();
        }
    }

    Optional<ReceptionRecord> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(ReceptionRecord.class).optional();
    }

    Optional<Long> idOn(long stationId, LocalDate day) {
        return jdbc.sql("select id from reception where station_id = :s and day = :d").param("s", stationId)
                .param("d", Date.valueOf(day)).query(Long.class).optional();
    }

    List<Long> deputies(long receptionId) {
        return jdbc.sql("select deputy_id from reception_deputy where reception_id = :r order by deputy_id").param("r", receptionId)
                .query(Long.class).list();
    }

    List<ReceptionRecord> ofStations(List<Long> stationIds, LocalDate from, LocalDate to, int limit) {
        if (stationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.station_id in (:s) and r.day between :from and :to order by r.day desc, r.id desc limit :limit")
                .param("s", stationIds).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("limit", limit)
                .query(ReceptionRecord.class).list();
    }

    List<ReceptionRecord> ofDeputy(long deputyId, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                         join reception_deputy d on d.reception_id = r.id
                        where d.deputy_id = :d and r.day between :from and :to order by r.day desc, r.id desc""")
                .param("d", deputyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(ReceptionRecord.class).list();
    }

    /** Whether any reception was ever recorded (the demo records some on a new database only). */
    boolean anyRecorded() {
        return jdbc.sql("select exists (select 1 from reception)").query(Boolean.class).single();
    }
}
