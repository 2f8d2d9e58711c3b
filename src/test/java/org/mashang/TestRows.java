package org.mashang;

import java.util.ArrayList;
import java.util.List;
import org.mashang.directory.DeputyLevel;
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

    /** The station's serving deputies of these levels (codes {@code key + "d1"} …), each covering the blocks, with an account. */
    List<TestData.Person> deputies(String key, long street, long station, List<DeputyLevel> levels, List<Long> blocks) {
        List<TestData.Person> deputies = new ArrayList<>();
        for (int i = 1; i <= levels.size(); i++) {
            String name = "测试代表" + i + "-" + key;
            long deputy = insert("""
                    insert into deputy (name, level, station_id, code, office_phone, term_start, term_end)
                    values (?, ?, ?, ?, ?, date '2022-01-01', date '2099-12-31') returning id""",
                    name, levels.get(i - 1).name(), station, key + "d" + i, "0731-5999030" + i);
            for (long block : blocks) {
                update("insert into deputy_block (deputy_id, block_id) values (?, ?)", deputy, block);
            }
            deputies.add(new TestData.Person(deputy, key + "d" + i, name, account(key + "-d" + i, name, "DEPUTY", street, deputy, null)));
        }
        return List.copyOf(deputies);
    }

    /** A deputy of the station whose term ended (inactive, no account): code {@code key + "d9"}. */
    TestData.Person formerDeputy(String key, long station) {
        String name = "前任代表-" + key;
        long deputy = insert("""
                insert into deputy (name, level, station_id, code, term_start, term_end, active)
                values (?, 'COUNTY', ?, ?, date '2016-01-01', date '2021-12-31', false) returning id""",
                name, station, key + "d9");
        return new TestData.Person(deputy, key + "d9", name, null);
    }

    /** Departments of the region at that level, named with the key, each with an account {@code key-<kind><n>}. */
    List<TestData.Person> departments(String key, long region, String level, String kind, List<String> names) {
        List<TestData.Person> departments = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) + "-" + key;
            long id = insert("insert into department (region_id, name, level) values (?, ?, ?) returning id", region, name, level);
            departments.add(new TestData.Person(id, null, name,
                    account(key + "-" + kind + (i + 1), name + "经办人", "DEPARTMENT", region, null, id)));
        }
        return List.copyOf(departments);
    }

    long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    void update(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }
}
