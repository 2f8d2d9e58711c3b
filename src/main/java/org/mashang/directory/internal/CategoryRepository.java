package org.mashang.directory.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class CategoryRepository {

    private static final String SELECT = "select id, name, sort_order, active, urgency from category";

    private final JdbcClient jdbc;

    public List<Category> all() {
        return jdbc.sql(SELECT + " order by active desc, sort_order, name").query(Category.class).list();
    }

    public Optional<Category> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Category.class).optional();
    }

    public long insert(String name, int sortOrder) {
        return jdbc.sql("insert into category (name, sort_order) values (:name, :sort) returning id")
                .param("name", name).param("sort", sortOrder).query(Long.class).single();
    }

    public void update(long id, String name, int sortOrder) {
        jdbc.sql("update category set name = :name, sort_order = :sort where id = :id")
                .param("name", name).param("sort", sortOrder).param("id", id).update();
    }

    public void setUrgency(long id, org.mashang.calendar.Urgency urgency) {
        jdbc.sql("update category set urgency = :u where id = :id").param("u", urgency.name()).param("id", id).update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update category set active = :active where id = :id").param("active", active).param("id", id).update();
    }
}
