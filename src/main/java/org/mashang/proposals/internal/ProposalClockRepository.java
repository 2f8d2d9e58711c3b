package org.mashang.proposals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.EnumNames;
import org.mashang.proposals.ProposalState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The proposals' clock scan: claims what is due (rows held by another instance are skipped) and marks what was sent. */
@Repository
@RequiredArgsConstructor
class ProposalClockRepository {

    /** The states whose clock runs, bound in the scan's statements. */
    private static final String[] RUNNING = EnumNames.where(ProposalState.values(), ProposalState::clockRuns);

    private final JdbcClient jdbc;

    /** Claims open proposals becoming due soon that no one warned yet; other instances skip the rows this one holds. */
    List<Proposal> claimDueSoon(LocalDate latestDue, LocalDate today, int limit) {
        return jdbc.sql("""
                        select * from proposal where state = any(:running) and warned_at is null and escalated_at is null
                          and due_date <= :latest and due_date >= :today
                        order by due_date limit :limit for update skip locked""")
                .param("running", RUNNING).param("latest", latestDue).param("today", today).param("limit", limit).query(ProposalRepository::map).list();
    }

    List<Proposal> claimOverdue(LocalDate today, int limit) {
        return jdbc.sql("""
                        select * from proposal where state = any(:running) and escalated_at is null and due_date < :today
                        order by due_date limit :limit for update skip locked""")
                .param("running", RUNNING).param("today", today).param("limit", limit).query(ProposalRepository::map).list();
    }

    void markWarned(long id, Instant now) {
        jdbc.sql("update proposal set warned_at = :now where id = :id").param("now", Timestamp.from(now)).param("id", id).update();
    }

    void markEscalated(long id, Instant now) {
        jdbc.sql("update proposal set escalated_at = :now, warned_at = coalesce(warned_at, :now) where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }
}
