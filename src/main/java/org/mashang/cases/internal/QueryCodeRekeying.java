package org.mashang.cases.internal;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-off job at each start: query-code hashes stored before the server key existed (plain SHA-256, reversed offline
 * in minutes) are replaced by their HMAC under the key, so every code handed out keeps working and none stays
 * reversible. Rows are claimed with SKIP LOCKED, so instances starting together share the work.
 */
@Component
@Order(0)
@RequiredArgsConstructor
class QueryCodeRekeying implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QueryCodeRekeying.class);

    private final QueryCodeRepository codes;
    private final QueryCodes hashes;
    private final TransactionTemplate tx;

    @Override
    public void run(ApplicationArguments args) {
        int done = rekeyAll();
        if (done > 0) {
            log.info("Re-keyed the query-code hashes of {} case(s) with the server key", done);
        }
    }

    int rekeyAll() {
        int done = 0;
        while (true) {
            Integer batch = tx.execute(status -> {
                var rows = codes.unkeyed(500);
                rows.forEach(r -> codes.rekeyed(r.caseId(), hashes.rekey(r.hash())));
                return rows.size();
            });
            if (batch == null || batch == 0) {
                return done;
            }
            done += batch;
        }
    }
}
