package org.mashang.directory.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DepartmentLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class DepartmentRepository {

    private static final String SELECT = """
            select d.id, d.region_id, r.name region_name, d.name, d.level, d.phone, d.duties, d.active
            from department d join region r on r.id = d.region_id""";

    private final JdbcClient jdbc;

    public List<Department> all() {
        return jdbc.sql(SELECT + " order by d.active desc, r.path, d.name").query(Department.class).list();
    }

    public Optional<Department> find(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Department.class).optional();
    }

    /** Departments whose region is one of the given regions (a street and the regions above it). */
    public List<Department> activeInRegions(List<Long> regionIds) {
        return jdbc.sql(SELECT + " where d.active and d.region_id in (:ids) order by length(r.path) desc, d.name")
                .param("ids", regionIds).query(Department.class).list();
    }

    public long insert(long regionId, String name, DepartmentLevel level, String phone, String duties) {
        return jdbc.sql("""
                        insert into department (region_id, name, level, phone, duties)
                        values (:region, :name, :level, :phone, :duties) returning id""")
                .param("region", regionId).param("name", name).param("level", level.name()).param("phone", phone)
                .param("duties", duties)
                .query(Long.class).single();
    }

    public void update(long id, long regionId, String name, DepartmentLevel level, String phone, String duties) {
        jdbc.sql("""
                        update department set region_id = :region, name = :name, level = :level, phone = :phone,
                        duties = :duties where id = :id""")
                .param("region", regionId).param("name", name).param("level", level.name()).param("phone", phone)
                .param("duties", duties).param("id", id)
                .update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update department set active = :active where id = :id").param("active", active).param("id", id).update();
    }
}
