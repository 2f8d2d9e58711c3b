package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mashang.cases.CaseContacts;
import org.mashang.cases.CaseState;
import org.mashang.cases.CaseSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CaseContactsService implements CaseContacts {

    private final CaseRepository cases;
    private final CaseQueryService queries;
    private final JdbcClient jdbc;

    CaseContactsService(CaseRepository cases, CaseQueryService queries, JdbcClient jdbc) {
        this.cases = cases;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ResidentContact> residentContact(long caseId) {
        return jdbc.sql("""
                        select id, ticket, resident_name, resident_phone, resident_email, contact_verified from cases
                        where id = :id and (resident_phone is not null or resident_email is not null)""")
                .param("id", caseId)
                .query((rs, n) -> new ResidentContact(rs.getLong("id"), rs.getString("ticket"), rs.getString("resident_name"),
                        rs.getString("resident_phone"), rs.getString("resident_email"), rs.getBoolean("contact_verified")))
                .optional();
    }

    @Override
    public List<CaseSummary> casesOfVerifiedPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return List.of();
        }
        return queries.summaries(cases.listInScope(new CaseScope("true", Map.of()), "c.resident_phone = :phone",
                Map.of("phone", phone), "c.submitted_at desc", 200));
    }

    @Override
    public List<AwaitingEvaluation> awaitingEvaluation(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                        select id, ticket, closed_at from cases
                        where state = any(:states) and closed_at >= :from and closed_at < :to
                          and (resident_phone is not null or resident_email is not null)
                        order by closed_at limit :limit""")
                .param("states", CaseState.namesWhere(CaseState::awaitsEvaluation)).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query((rs, n) -> new AwaitingEvaluation(rs.getLong("id"), rs.getString("ticket"),
                        rs.getTimestamp("closed_at").toInstant()))
                .list();
    }
}
