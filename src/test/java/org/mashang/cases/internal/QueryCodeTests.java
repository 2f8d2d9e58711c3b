package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.cases.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Query codes are stored as an HMAC under a key outside the database; codes stored before keep working. */
@IntegrationTest
class QueryCodeTests {

    @Autowired
    CaseIntake intake;

    @Autowired
    CaseTracking tracking;

    @Autowired
    QueryCodeRekeying rekeying;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    @Value("${mashang.embedded.data-dir}")
    String dataDir;

    Receipt submit() {
        var street = data.street();
        return intake.submit(new NewMessage(new NewMessage.Addressee(null, street.station(), street.id()), Channel.STATION_CODE,
                new NewMessage.Content(street.category(), null, "查询码测试", false, List.of()), NewMessage.Resident.ANONYMOUS, null, null));
    }

    String stored(long caseId) {
        return jdbc.sql("select query_code_hash from cases where id = :id").param("id", caseId).query(String.class).single();
    }

    @Test
    void theStoredHashIsKeyedSoACopyOfTheDatabaseCannotBeSearchedForTheCode() {
        Receipt r = submit();
        assertThat(stored(r.caseId())).hasSize(64).isNotEqualTo(QueryCodes.legacy(r.ticket(), r.queryCode()));
        assertThat(tracking.track(r.ticket(), r.queryCode(), "192.0.2.10")).isPresent();
        assertThat(tracking.track(r.ticket(), "00000000", "192.0.2.10")).isEmpty();
    }

    @Test
    void aCodeStoredBeforeTheKeyKeepsWorkingAndIsReKeyedByTheOneOffJob() {
        Receipt r = submit();
        String legacy = QueryCodes.legacy(r.ticket(), r.queryCode());
        jdbc.sql("update cases set query_code_hash = :h, query_code_keyed = false where id = :id").param("h", legacy)
                .param("id", r.caseId()).update();
        assertThat(tracking.track(r.ticket(), r.queryCode(), "192.0.2.11")).isPresent();
        assertThat(rekeying.rekeyAll()).isGreaterThanOrEqualTo(1);
        assertThat(stored(r.caseId())).isNotEqualTo(legacy);
        assertThat(jdbc.sql("select query_code_keyed from cases where id = :id").param("id", r.caseId()).query(Boolean.class)
                .single()).isTrue();
        assertThat(tracking.track(r.ticket(), r.queryCode(), "192.0.2.11")).isPresent();
    }

    @Test
    void theKeyIsInAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = Path.of(dataDir).toAbsolutePath().normalize().getParent().resolve("secrets.properties");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("query-code-key=");
    }
}
