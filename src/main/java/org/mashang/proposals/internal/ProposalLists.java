package org.mashang.proposals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.EnumNames;
import org.mashang.proposals.AnswerClass;
import org.mashang.proposals.ProposalState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register read as lists: a deputy's, a committee's, a department's, the public one, and a deputy's counts. */
@Repository
@RequiredArgsConstructor
class ProposalLists {

    private final JdbcClient jdbc;

    /** The deputy's own: led or co-signed, newest first. */
    List<Proposal> ofDeputy(long deputyId) {
        return jdbc.sql("""
                        select * from proposal p where p.lead_deputy_id = :d
                           or exists (select 1 from proposal_cosigner s where s.proposal_id = p.id and s.deputy_id = :d)
                        order by p.id desc limit 300""")
                .param("d", deputyId).query(ProposalRepository::map).list();
    }

    /** Submitted proposals of the region (scope key prefix), oldest waiting first. */
    List<Proposal> inScope(String scopePrefix) {
        return jdbc.sql("""
                        select * from proposal where state = any(:published) and scope_key like :scope
                        order by case when state = any(:waiting) then 0 when state = any(:running) then 1 else 2 end,
                                 due_date nulls last, id desc limit 500""")
                .param("published", EnumNames.where(ProposalState.values(), ProposalState::published))
                .param("waiting", EnumNames.where(ProposalState.values(), ProposalState::awaitsAssignment))
                .param("running", EnumNames.where(ProposalState.values(), ProposalState::clockRuns)).param("scope", scopePrefix + "%")
                .query(ProposalRepository::map).list();
    }

    List<Proposal> ofDepartment(long departmentId) {
        return jdbc.sql("""
                        select p.* from proposal p join proposal_unit u on u.proposal_id = p.id
                        where u.department_id = :d and p.state = any(:assigned)
                        order by case when p.state = any(:running) then 0 else 1 end, p.due_date, p.id desc limit 500""")
                .param("assigned", EnumNames.where(ProposalState.values(), st -> st.published() && !st.awaitsAssignment()))
                .param("running", EnumNames.where(ProposalState.values(), ProposalState::clockRuns)).param("d", departmentId)
                .query(ProposalRepository::map).list();
    }

    List<Proposal> published(ProposalFilter f, int limit, int offset) {
        return jdbc.sql("select p.* from proposal p where " + PUBLIC_FILTER + " order by p.submitted_at desc, p.id desc "
                        + "limit :limit offset :offset")
                .params(filterParams(f)).param("limit", limit).param("offset", offset).query(ProposalRepository::map).list();
    }

    long publishedCount(ProposalFilter f) {
        return jdbc.sql("select count(*) from proposal p where " + PUBLIC_FILTER).params(filterParams(f)).query(Long.class).single();
    }

    private static final String PUBLIC_FILTER = """
            p.state = any(:published)
            and (cast(:session as text) is null or p.congress || p.session = :session)
            and (cast(:level as text) is null or p.level = :level)
            and (cast(:answerClass as text) is null or p.answer_class = :answerClass)
            and (cast(:state as text) is null or p.state = :state)
            and (cast(:department as bigint) is null
                 or exists (select 1 from proposal_unit u where u.proposal_id = p.id and u.department_id = :department))""";

    private static Map<String, Object> filterParams(ProposalFilter f) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("published", EnumNames.where(ProposalState.values(), ProposalState::published));
        m.put("session", f.session());
        m.put("level", f.level() == null ? null : f.level().name());
        m.put("answerClass", f.answerClass() == null ? null : f.answerClass().name());
        m.put("state", f.state() == null ? null : f.state().name());
        m.put("department", f.departmentId());
        return m;
    }

    /** Led, co-signed, and led answered A or B, among proposals submitted in the period. */
    long[] deputyCounts(long deputyId, Instant from, Instant to) {
        return jdbc.sql("""
                        select count(*) filter (where p.lead_deputy_id = :d),
                               count(*) filter (where p.lead_deputy_id <> :d),
                               count(*) filter (where p.lead_deputy_id = :d and p.answer_class = any(:followedUp))
                        from proposal p
                        where p.submitted_at >= :from and p.submitted_at < :to
                          and (p.lead_deputy_id = :d
                               or exists (select 1 from proposal_cosigner s where s.proposal_id = p.id and s.deputy_id = :d))""")
                .param("followedUp", EnumNames.where(AnswerClass.values(), AnswerClass::followedUp))
                .param("d", deputyId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }
}
