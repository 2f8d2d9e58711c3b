package org.mashang.connector.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The other system's api_key is sealed at rest: new keys when saved, keys stored in clear before at the next start. The
 * departments are new ones of a street of each test's own.
 */
@IntegrationTest
class ConnectorKeySealingTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExternalDepartmentRepository departments;

    @Autowired
    ConnectorKeySealing sealing;

    @RegisterExtension
    final PerTestData data = new PerTestData();

    long newDepartment() {
        long street = data.street().create().id();
        return jdbc.sql("insert into department (region_id, name, level) values (?, ?, 'STREET') returning id")
                .param(1, street).param(2, "密钥测试 " + java.util.UUID.randomUUID().toString().substring(0, 6))
                .query(Long.class).single();
    }

    String stored(long department) {
        return jdbc.sql("select api_key from external_department where department_id = ?").param(1, department)
                .query(String.class).single();
    }

    @Test
    void aSavedKeyIsSealedAndReadBack() {
        long department = newDepartment();
        departments.save(new ExternalDepartment(department, "12345", "https://12345.example.gov.cn/open311/v2", "saved-key-1",
                null, "999", "", true, Instant.now(), "admin"));
        assertThat(stored(department)).doesNotContain("saved-key-1");
        assertThat(departments.find(department).orElseThrow().apiKey()).isEqualTo("saved-key-1");
    }

    @Test
    void aKeyStoredInClearBeforeIsSealedOnceAndStillWorks() {
        long department = newDepartment();
        jdbc.sql("""
                        insert into external_department (department_id, platform_name, endpoint, api_key, default_service_code,
                                                         service_mapping, active, updated_at, updated_by)
                        values (?, '12345', 'https://12345.example.gov.cn/open311/v2', 'clear-key-1', '999', '', true, now(), 'admin')""")
                .param(1, department).update();
        assertThat(departments.find(department).orElseThrow().apiKey()).as("read as it is until sealed").isEqualTo("clear-key-1");
        assertThat(sealing.sealAll()).isGreaterThanOrEqualTo(1);
        String sealed = stored(department);
        assertThat(sealed).doesNotContain("clear-key-1");
        assertThat(departments.find(department).orElseThrow().apiKey()).isEqualTo("clear-key-1");
        assertThat(sealing.sealAll()).isZero();
        assertThat(stored(department)).as("not sealed twice").isEqualTo(sealed);
    }
}
