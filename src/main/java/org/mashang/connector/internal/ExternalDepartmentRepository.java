package org.mashang.connector.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExternalDepartmentRepository {

    private final JdbcClient jdbc;

    ExternalDepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ExternalDepartment> find(long departmentId) {
        return jdbc.sql("select * from external_department where department_id = :d").param("d", departmentId)
                .query(ExternalDepartmentRepository::map).optional();
    }

    List<ExternalDepartment> all() {
        return jdbc.sql("select * from external_department order by department_id").query(ExternalDepartmentRepository::map).list();
    }

    void save(ExternalDepartment d) {
        jdbc.sql("""
                        insert into external_department (department_id, platform_name, endpoint, api_key, jurisdiction_id,
                                                         default_service_code, service_mapping, active, updated_at, updated_by)
                        values (:d, :name, :endpoint, :key, :jurisdiction, :code, :mapping, :active, :at, :by)
                        on conflict (department_id) do update set platform_name = excluded.platform_name,
                            endpoint = excluded.endpoint, api_key = excluded.api_key, jurisdiction_id = excluded.jurisdiction_id,
                            default_service_code = excluded.default_service_code, service_mapping = excluded.service_mapping,
                            active = excluded.active, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("d", d.departmentId()).param("name", d.platformName()).param("endpoint", d.endpoint())
                .param("key", d.apiKey()).param("jurisdiction", d.jurisdictionId()).param("code", d.defaultServiceCode())
                .param("mapping", d.serviceMapping()).param("active", d.active()).param("at", Timestamp.from(d.updatedAt()))
                .param("by", d.updatedBy()).update();
    }

    private static ExternalDepartment map(ResultSet rs, int row) throws SQLException {
        return new ExternalDepartment(rs.getLong("department_id"), rs.getString("platform_name"), rs.getString("endpoint"),
                rs.getString("api_key"), rs.getString("jurisdiction_id"), rs.getString("default_service_code"),
                rs.getString("service_mapping"), rs.getBoolean("active"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
