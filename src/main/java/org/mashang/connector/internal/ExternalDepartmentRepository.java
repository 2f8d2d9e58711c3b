package org.mashang.connector.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.CookieSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The external departments. The api_key of the other system is stored sealed with the server's key: someone who reads
 * the database (or a backup of it) cannot post in our name.
 */
@Repository
@RequiredArgsConstructor
class ExternalDepartmentRepository {

    private final JdbcClient jdbc;
    private final CookieSeal seal;

    Optional<ExternalDepartment> find(long departmentId) {
        return jdbc.sql("select * from external_department where department_id = :d").param("d", departmentId)
                .query(this::map).optional();
    }

    List<ExternalDepartment> all() {
        return jdbc.sql("select * from external_department order by department_id").query(this::map).list();
    }

    void save(ExternalDepartment d) {
        jdbc.sql("""
                        insert into external_department (department_id, platform_name, endpoint, api_key, api_key_sealed,
                                                         jurisdiction_id, default_service_code, service_mapping, active,
                                                         updated_at, updated_by)
                        values (:d, :name, :endpoint, :key, true, :jurisdiction, :code, :mapping, :active, :at, :by)
                        on conflict (department_id) do update set platform_name = excluded.platform_name,
                            endpoint = excluded.endpoint, api_key = excluded.api_key, api_key_sealed = true,
                            jurisdiction_id = excluded.jurisdiction_id,
                            default_service_code = excluded.default_service_code, service_mapping = excluded.service_mapping,
                            active = excluded.active, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("d", d.departmentId()).param("name", d.platformName()).param("endpoint", d.endpoint())
                .param("key", seal.seal(d.apiKey())).param("jurisdiction", d.jurisdictionId()).param("code", d.defaultServiceCode())
                .param("mapping", d.serviceMapping()).param("active", d.active()).param("at", Timestamp.from(d.updatedAt()))
                .param("by", d.updatedBy()).update();
    }

    /** Keys stored in clear before they were sealed, for {@link ConnectorKeySealing}; locked until the transaction ends. */
    List<Long> unsealed() {
        return jdbc.sql("select department_id from external_department where not api_key_sealed for update skip locked")
                .query(Long.class).list();
    }

    /** Seals a key stored in clear. */
    void seal(long departmentId) {
        jdbc.sql("select api_key from external_department where department_id = :d and not api_key_sealed")
                .param("d", departmentId).query(String.class).optional()
                .ifPresent(key -> jdbc.sql("update external_department set api_key = :k, api_key_sealed = true where department_id = :d")
                        .param("k", seal.seal(key)).param("d", departmentId).update());
    }

    private ExternalDepartment map(ResultSet rs, int row) throws SQLException {
        String key = rs.getString("api_key");
        // a key sealed under another server key cannot be read: empty, the other system refuses it and the failure shows
        String apiKey = rs.getBoolean("api_key_sealed") ? seal.open(key).orElse("") : key;
        return new ExternalDepartment(rs.getLong("department_id"), rs.getString("platform_name"), rs.getString("endpoint"),
                apiKey, rs.getString("jurisdiction_id"), rs.getString("default_service_code"),
                rs.getString("service_mapping"), rs.getBoolean("active"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
