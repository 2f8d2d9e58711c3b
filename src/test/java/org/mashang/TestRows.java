package org.mashang;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows {@link TestData} writes for a street of a test's own: regions with their paths, committees, staff accounts
 * with the demo password, the category all test streets share.
 */
final class TestRows {

    private final JdbcClient jdbc;

    TestRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long city() {
        return jdbc.sql("select min(id) from region where level = 'CITY'").query(Long.class).single();
    }

    long region(long parent, String level, String name) {
        long id = insert("insert into region (parent_id, level, name) values (?, ?, ?) returning id", parent, level, name);
        jdbc.sql("update region set path = (select path from region where id = ?) || id || '/' where id = ?")
                .params(parent, id).update();
        return id;
    }

    /** A committee (人大工委 of a street, 人大常委会 of a district) with its head, who hears of overdue cases. */
    long committee(long region, String name, String head, String headPhone) {
        return insert("insert into committee (region_id, name, head_name, head_phone) values (?, ?, ?, ?) returning id",
                region, name, head, headPhone);
    }

    /** One category all test streets share: categories are listed on every message form, whatever the street. */
    long category() {
        jdbc.sql("insert into category (name, sort_order) values ('测试类别', 500) on conflict (name) do nothing").update();
        return jdbc.sql("select id from category where name = '测试类别'").query(Long.class).single();
    }

    String account(String username, String name, String role, long region, Long deputy, Long department) {
        jdbc.sql("""
                insert into staff_user (username, password_hash, display_name, roles, region_id, deputy_id, department_id)
                values (?, ?, ?, array[?]::varchar[], ?, ?, ?)""")
                .params(username, TestData.PASSWORD_HASH, name, role, region, deputy, department).update();
        return username;
    }

    long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    void update(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }
}
