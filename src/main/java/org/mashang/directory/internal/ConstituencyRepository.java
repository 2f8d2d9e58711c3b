package org.mashang.directory.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class ConstituencyRepository {

    private static final String SELECT = """
            select c.id, c.region_id, r.name region_name, c.name, c.description, c.active
            from constituency c join region r on r.id = c.region_id""";

    private final JdbcClient jdbc;

    public List<Constituency> all() {
        return jdbc.sql(SELECT + " order by c.active desc, r.path, c.name").query(Constituency.class).list();
    }

    public Optional<Constituency> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Constituency.class).optional();
    }

    public long insert(long regionId, String name, String description) {
        return jdbc.sql("insert into constituency (region_id, name, description) values (:region, :name, :description) returning id")
                .param("region", regionId).param("name", name).param("description", description).query(Long.class).single();
    }

    public void update(long id, long regionId, String name, String description) {
        jdbc.sql("update constituency set region_id = :region, name = :name, description = :description where id = :id")
                .param("region", regionId).param("name", name).param("description", description).param("id", id).update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update constituency set active = :active where id = :id").param("active", active).param("id", id).update();
    }
}
