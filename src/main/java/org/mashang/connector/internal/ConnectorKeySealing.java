package org.mashang.connector.internal;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-off job at each start: api_keys of other systems stored in clear before keys were sealed are sealed with the
 * server's key. Rows are claimed with SKIP LOCKED, so instances starting together do not seal a key twice.
 */
@Component
@RequiredArgsConstructor
class ConnectorKeySealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConnectorKeySealing.class);

    private final ExternalDepartmentRepository departments;
    private final TransactionTemplate tx;

    @Override
    public void run(ApplicationArguments args) {
        int done = sealAll();
        if (done > 0) {
            log.info("Sealed the api_key of {} external department(s) with the server key", done);
        }
    }

    int sealAll() {
        Integer done = tx.execute(status -> {
            var rows = departments.unsealed();
            rows.forEach(departments::seal);
            return rows.size();
        });
        return done == null ? 0 : done;
    }
}
