package org.mashang.signs.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deputies' codes that were replaced: each leads to the deputy's current page until its date. */
@Repository
@RequiredArgsConstructor
public class RetiredCodes {

    private final JdbcClient jdbc;

    public void add(String code, long deputyId, LocalDate redirectUntil) {
        jdbc.sql("insert into sign_retired_code (code, deputy_id, redirect_until) values (:code, :deputy, :until)")
                .param("code", code).param("deputy", deputyId).param("until", redirectUntil)
                .update();
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from sign_retired_code where code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    /** The deputy a retired code still leads to on {@code day}. */
    public Optional<Long> redirectingDeputy(String code, LocalDate day) {
        return jdbc.sql("select deputy_id from sign_retired_code where code = :code and redirect_until >= :day")
                .param("code", code).param("day", day)
                .query(Long.class).optional();
    }

    /** Codes of these deputies that still redirect on {@code day}, newest first. */
    public List<RetiredCode> redirecting(Collection<Long> deputyIds, LocalDate day) {
        if (deputyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select code, deputy_id, redirect_until from sign_retired_code
                        where deputy_id = any(:ids) and redirect_until >= :day order by retired_at desc""")
                .param("ids", deputyIds.toArray(Long[]::new)).param("day", day)
                .query(RetiredCode.class).list();
    }

    public record RetiredCode(String code, long deputyId, LocalDate redirectUntil) {
    }
}
