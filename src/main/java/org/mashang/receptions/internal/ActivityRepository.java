package org.mashang.receptions.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.mashang.receptions.ActivityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.mashang.platform.Outcome;

@Repository
@RequiredArgsConstructor
class ActivityRepository {

    private static final String SELECT = """
            select a.*, (select count(*) from activity_photo p where p.activity_id = a.id) as photos,
                        (select count(*) from activity_case c where c.activity_id = a.id) as issues
            from activity a""";

    private final JdbcClient jdbc;

    long insert(long stationId, ActivityKind kind, LocalDate day, String topic, String place, Long blockId, int attendance,
                String summary, long userId, String userName, Instant now) {
        return jdbc.sql("""
                        insert into activity (station_id, kind, day, topic, place, block_id, attendance, summary, recorded_by,
                                              recorded_by_name, recorded_at)
                        values (:s, :kind, :day, :topic, :place, :block, :attendance, :summary, :u, :name, :now) returning id""")
                .param("s", stationId).param("kind", kind.name()).param("day", Date.valueOf(day)).param("topic", topic)
                .param("place", place).param("block", blockId).param("attendance", attendance).param("summary", summary)
                .param("u", userId).param("name", userName).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    void addDeputies(long activityId, List<Long> deputyIds) {
        for (long deputy : deputyIds) {
            jdbc.sql("insert into activity_deputy (activity_id, deputy_id) values (:a, :d) on conflict do nothing")
                    .param("a", activityId).param("d", deputy).update();
        }
    }

    void addOutcome(long activityId, int position, Outcome outcome) {
        jdbc.sql("insert into activity_outcome (activity_id, position, indicator, unit, amount) values (:a, :p, :i, :u, :amount)")
                .param("a", activityId).param("p", position).param("i", outcome.indicator()).param("u", outcome.unit())
                .param("amount", outcome.amount()).update();
    }

    void addPhoto(long activityId, int position, UUID fileId) {
        jdbc.sql("insert into activity_photo (activity_id, position, file_id) values (:a, :p, :f)")
                .param("a", activityId).param("p", position).param("f", fileId).update();
    }

    Optional<ActivityRecord> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(ActivityRecord.class).optional();
    }

    List<Long> deputies(long activityId) {
        return jdbc.sql("select deputy_id from activity_deputy where activity_id = :a order by deputy_id").param("a", activityId)
                .query(Long.class).list();
    }

    List<Outcome> outcomes(long activityId) {
        return jdbc.sql("select indicator, amount, unit from activity_outcome where activity_id = :a order by position")
                .param("a", activityId)
                .query(Outcome.class).list();
    }

    List<Integer> photoPositions(long activityId) {
        return jdbc.sql("select position from activity_photo where activity_id = :a order by position").param("a", activityId)
                .query(Integer.class).list();
    }

    Optional<UUID> photo(long activityId, int position) {
        return jdbc.sql("select file_id from activity_photo where activity_id = :a and position = :p")
                .param("a", activityId).param("p", position).query(UUID.class).optional();
    }

    List<ActivityRecord> ofStations(List<Long> stationIds, ActivityKind kind, LocalDate from, LocalDate to, int limit) {
        if (stationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                         where a.station_id in (:s) and (cast(:kind as varchar) is null or a.kind = :kind)
                        and a.day between :from and :to order by a.day desc, a.id desc limit :limit""")
                .param("s", stationIds).param("kind", kind == null ? null : kind.name())
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("limit", limit)
                .query(ActivityRecord.class).list();
    }

    List<ActivityRecord> ofDeputy(long deputyId, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                         join activity_deputy d on d.activity_id = a.id
                        where d.deputy_id = :d and a.day between :from and :to order by a.day desc, a.id desc""")
                .param("d", deputyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(ActivityRecord.class).list();
    }
}
