package org.mashang.directory.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class StationRepository {

    private static final String SELECT = """
            select s.id, s.region_id, r.name region_name, s.name, s.address, s.phone, s.open_hours, s.code, s.active
            from station s join region r on r.id = s.region_id""";

    private final JdbcClient jdbc;

    public List<Station> all() {
        return jdbc.sql(SELECT + " order by s.active desc, r.path, s.name").query(Station.class).list();
    }

    /** Each active station's street's place in the region tree (its path), by station id. */
    public java.util.Map<Long, String> activePaths() {
        java.util.Map<Long, String> paths = new java.util.HashMap<>();
        jdbc.sql("select s.id, r.path from station s join region r on r.id = s.region_id where s.active")
                .query((java.sql.ResultSet rs) -> {
                    paths.put(rs.getLong(1), rs.getString(2));
                });
        return paths;
    }

    public Optional<Station> find(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(Station.class).optional();
    }

    public Optional<Station> findByCode(String code) {
        return jdbc.sql(SELECT + " where s.code = :code").param("code", code).query(Station.class).optional();
    }

    public long insert(long regionId, String name, String address, String phone, String openHours, String code) {
        return jdbc.sql("""
                        insert into station (region_id, name, address, phone, open_hours, code)
                        values (:region, :name, :address, :phone, :hours, :code) returning id""")
                .param("region", regionId).param("name", name).param("address", address).param("phone", phone)
                .param("hours", openHours).param("code", code)
                .query(Long.class).single();
    }

    public void update(long id, long regionId, String name, String address, String phone, String openHours) {
        jdbc.sql("""
                        update station set region_id = :region, name = :name, address = :address, phone = :phone,
                        open_hours = :hours where id = :id""")
                .param("region", regionId).param("name", name).param("address", address).param("phone", phone)
                .param("hours", openHours).param("id", id)
                .update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update station set active = :active where id = :id").param("active", active).param("id", id).update();
    }
}
