package org.mashang.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mashang.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * More stations than a page lists (a province in small): a city of its own with two districts of {@code perDistrict}
 * streets, a station in each, one community with a block in the first street, and committee staff of the whole city.
 * Closing retires them all again, so other tests see the stations they had.
 */
public final class ManyStations implements AutoCloseable {

    public final String key = UUID.randomUUID().toString().substring(0, 6);
    public final long city;
    public final long districtA;
    public final long districtB;
    /** The first street of district A, with its community and block. */
    public final long street;
    public final long community;
    public final long block;
    public final List<Long> stations = new ArrayList<>();

    private final JdbcClient jdbc;
    private final MockMvc mvc;

    public ManyStations(JdbcClient jdbc, MockMvc mvc, int perDistrict) {
        this.jdbc = jdbc;
        this.mvc = mvc;
        long province = jdbc.sql("select min(id) from region where level = 'PROVINCE'").query(Long.class).single();
        city = region(province, "CITY", "多站市" + key);
        districtA = region(city, "DISTRICT", "甲区" + key);
        districtB = region(city, "DISTRICT", "乙区" + key);
        long first = 0;
        for (int i = 1; i <= 2 * perDistrict; i++) {
            long s = region(i <= perDistrict ? districtA : districtB, "STREET", "多站街道" + key + "-" + i);
            first = first == 0 ? s : first;
            stations.add(jdbc.sql("insert into station (region_id, name, code) values (?, ?, ?) returning id")
                    .params(s, "多站街道" + key + "-" + i + "联络站", "ms" + key + i).query(Long.class).single());
        }
        street = first;
        community = region(street, "COMMUNITY", "多站社区" + key);
        block = region(community, "BLOCK", "多站社区" + key + "第1区块");
        ReferenceData.changed(mvc);
    }

    /** Staff of the whole city with one role (REVIEWER, DISPATCHER, ADMIN). */
    public String staff(String role) {
        String username = "ms" + key + role.toLowerCase();
        jdbc.sql("""
                insert into staff_user (username, password_hash, display_name, roles, region_id)
                values (?, 'x', ?, array[?]::varchar[], ?)""").params(username, "多站" + role, role, city).update();
        return username;
    }

    /** As many more streets without a station in district B, at once (a province's count of streets). */
    public void bareStreets(int n) {
        jdbc.sql("""
                insert into region (parent_id, level, name, path)
                select d.id, 'STREET', '无站街道' || ? || '-' || i, d.path || nextval('region_id_seq') || '/'
                from region d, generate_series(1, ?) i where d.id = ?""").params(key, n, districtB).update();
        // the path took the next id before the row did: put each row's own id in its path
        jdbc.sql("update region set path = (select path from region where id = ?) || id || '/' where parent_id = ? and name like ?")
                .params(districtB, districtB, "无站街道" + key + "%").update();
        ReferenceData.changed(mvc);
    }

    /** The station of the i-th street (from 1). */
    public long station(int i) {
        return stations.get(i - 1);
    }

    private long region(long parent, String level, String name) {
        long id = jdbc.sql("insert into region (parent_id, level, name) values (?, ?, ?) returning id")
                .params(parent, level, name).query(Long.class).single();
        jdbc.sql("update region set path = (select path from region where id = ?) || id || '/' where id = ?").params(parent, id).update();
        return id;
    }

    @Override
    public void close() {
        jdbc.sql("update station set active = false where id in (:ids)").param("ids", stations).update();
        jdbc.sql("update region set active = false where path like (select path from region where id = ?) || '%'").params(city).update();
        jdbc.sql("update staff_user set active = false where username like ?").params("ms" + key + "%").update();
        ReferenceData.changed(mvc);
    }
}
