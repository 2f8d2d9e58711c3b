package org.mashang.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.DeputyLevel;
import org.mashang.directory.Ref;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class DeputyRepository {

    private static final String SELECT = """
            select d.id, d.name, d.level, d.office_phone, d.constituency_id, c.name constituency_name, d.station_id,
                   s.name station_name, d.photo_id, d.intro, d.term_start, d.term_end, d.code, d.active
            from deputy d join station s on s.id = d.station_id left join constituency c on c.id = d.constituency_id""";

    private final JdbcClient jdbc;

    public List<Deputy> all() {
        return withBlocks(jdbc.sql(SELECT + " order by d.active desc, d.station_id, d.id").query(DeputyRepository::map).list());
    }

    public List<Deputy> ofStation(long stationId) {
        // national deputies first, then provincial, city …: the order people expect on a sign or a page
        return withBlocks(jdbc.sql(SELECT + " where d.station_id = :station order by array_position("
                        + "array['NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY', 'TOWNSHIP']::varchar[], d.level), d.id")
                .param("station", stationId).query(DeputyRepository::map).list());
    }

    /** The ids of a page of the deputies serving on {@code today} at active stations of a region or one station, by name. */
    public List<Long> servingIdsByName(String scopeKey, @Nullable Long stationId, LocalDate today, boolean ascending, int offset,
                                       int limit) {
        String direction = ascending ? "" : " desc";
        return jdbc.sql("""
                        select d.id from deputy d join station s on s.id = d.station_id join region r on r.id = s.region_id
                        where d.active and s.active and (d.term_start is null or d.term_start <= :today)
                          and (d.term_end is null or d.term_end >= :today) and r.path like :scope
                          and (cast(:station as bigint) is null or d.station_id = :station)
                        order by d.name collate "C\"""" + direction + ", d.id" + direction + " offset :offset limit :limit")
                .param("scope", scopeKey + "%").param("station", stationId, java.sql.Types.BIGINT).param("today", today)
                .param("offset", offset).param("limit", limit).query(Long.class).list();
    }

    public Optional<Deputy> find(long id) {
        return withBlocks(jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(DeputyRepository::map).list())
                .stream().findFirst();
    }

    public Optional<Deputy> findByCode(String code) {
        return withBlocks(jdbc.sql(SELECT + " where d.code = :code").param("code", code).query(DeputyRepository::map).list())
                .stream().findFirst();
    }

    public long insert(DeputyData data, String code) {
        long id = jdbc.sql("""
                        insert into deputy (name, level, office_phone, constituency_id, station_id, photo_id, intro,
                                            term_start, term_end, code)
                        values (:name, :level, :phone, :constituency, :station, :photo, :intro, :start, :end, :code)
                        returning id""")
                .param("name", data.name()).param("level", data.level().name()).param("phone", data.officePhone())
                .param("constituency", data.constituencyId()).param("station", data.stationId()).param("photo", data.photoId())
                .param("intro", data.intro()).param("start", data.termStart()).param("end", data.termEnd()).param("code", code)
                .query(Long.class).single();
        replaceBlocks(id, data.blockIds());
        return id;
    }

    public void update(long id, DeputyData data) {
        jdbc.sql("""
                        update deputy set name = :name, level = :level, office_phone = :phone, constituency_id = :constituency,
                               station_id = :station, photo_id = coalesce(:photo, photo_id), intro = :intro,
                               term_start = :start, term_end = :end
                        where id = :id""")
                .param("name", data.name()).param("level", data.level().name()).param("phone", data.officePhone())
                .param("constituency", data.constituencyId()).param("station", data.stationId()).param("photo", data.photoId())
                .param("intro", data.intro()).param("start", data.termStart()).param("end", data.termEnd()).param("id", id)
                .update();
        replaceBlocks(id, data.blockIds());
    }

    public void updateCode(long id, String code) {
        jdbc.sql("update deputy set code = :code where id = :id").param("code", code).param("id", id).update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update deputy set active = :active where id = :id").param("active", active).param("id", id).update();
    }

    private void replaceBlocks(long deputyId, Collection<Long> blockIds) {
        jdbc.sql("delete from deputy_block where deputy_id = :id").param("id", deputyId).update();
        for (Long blockId : blockIds) {
            jdbc.sql("insert into deputy_block (deputy_id, block_id) values (:d, :b)").param("d", deputyId).param("b", blockId).update();
        }
    }

    private List<Deputy> withBlocks(List<Deputy> deputies) {
        if (deputies.isEmpty()) {
            return deputies;
        }
        Map<Long, List<Ref>> blocks = new HashMap<>();
        jdbc.sql("""
                        select db.deputy_id, r.id, r.name from deputy_block db join region r on r.id = db.block_id
                        where db.deputy_id = any(:ids) order by r.name""")
                // one array, not a parameter per deputy: a province's 100,000 deputies are over the driver's 65,535
                .param("ids", deputies.stream().map(Deputy::id).toArray(Long[]::new))
                .query(rs -> {
                    blocks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Ref(rs.getLong(2), rs.getString(3)));
                });
        return deputies.stream().map(d -> new Deputy(d.id(), d.name(), d.level(), d.officePhone(), d.constituencyId(),
                d.constituencyName(), d.stationId(), d.stationName(), d.photoId(), d.intro(), d.termStart(), d.termEnd(),
                d.code(), d.active(), List.copyOf(blocks.getOrDefault(d.id(), List.of())))).toList();
    }

    private static Deputy map(ResultSet rs, int row) throws SQLException {
        long constituency = rs.getLong("constituency_id");
        Long constituencyId = rs.wasNull() ? null : constituency;
        return new Deputy(rs.getLong("id"), rs.getString("name"), DeputyLevel.valueOf(rs.getString("level")),
                rs.getString("office_phone"), constituencyId, rs.getString("constituency_name"), rs.getLong("station_id"),
                rs.getString("station_name"), rs.getObject("photo_id", UUID.class), rs.getString("intro"),
                rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class), rs.getString("code"),
                rs.getBoolean("active"), List.of());
    }

    /** What an administrator enters for a deputy. */
    public record DeputyData(String name, DeputyLevel level, String officePhone, Long constituencyId, long stationId, UUID photoId,
                             String intro, LocalDate termStart, LocalDate termEnd, List<Long> blockIds) {
    }
}
