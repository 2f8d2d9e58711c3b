package org.mashang.directory.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class CommitteeRepository {

    private static final String SELECT = """
            select c.id, c.region_id, r.name region_name, c.name, c.head_name, c.head_phone, c.active
            from committee c join region r on r.id = c.region_id""";

    private final JdbcClient jdbc;

    public List<Committee> all() {
        return jdbc.sql(SELECT + " order by c.active desc, r.path").query(Committee.class).list();
    }

    public Optional<Committee> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Committee.class).optional();
    }

    public long insert(long regionId, String name, String headName, String headPhone) {
        return jdbc.sql("""
                        insert into committee (region_id, name, head_name, head_phone)
                        values (:region, :name, :head, :phone) returning id""")
                .param("region", regionId).param("name", name).param("head", headName).param("phone", headPhone)
                .query(Long.class).single();
    }

    public void update(long id, long regionId, String name, String headName, String headPhone) {
        jdbc.sql("update committee set region_id = :region, name = :name, head_name = :head, head_phone = :phone where id = :id")
                .param("region", regionId).param("name", name).param("head", headName).param("phone", headPhone).param("id", id)
                .update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update committee set active = :active where id = :id").param("active", active).param("id", id).update();
    }
}
