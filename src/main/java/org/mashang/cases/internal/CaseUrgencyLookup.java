package org.mashang.cases.internal;

import org.mashang.calendar.Urgency;
import org.mashang.cases.CaseUrgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a case's urgency class by its key. */
@Component
class CaseUrgencyLookup implements CaseUrgency {

    private final JdbcClient jdbc;

    CaseUrgencyLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Urgency of(long caseId) {
        return jdbc.sql("select urgency from cases where id = :c").param("c", caseId).query(Urgency.class).optional()
                .orElse(Urgency.NORMAL);
    }
}
