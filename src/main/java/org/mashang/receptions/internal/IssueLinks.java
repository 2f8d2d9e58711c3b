package org.mashang.receptions.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which cases were raised at which reception or activity: the link lives here, not in the cases module. */
@Repository
@RequiredArgsConstructor
class IssueLinks {

    /** What an issue was raised at, with the link table of that kind. */
    @RequiredArgsConstructor
    enum Source {
        RECEPTION("reception_case", "reception_id"),
        ACTIVITY("activity_case", "activity_id");

        final String table;
        final String column;
    }

    record Link(long caseId, String ticket, String excerpt) {
    }

    private final JdbcClient jdbc;

    /** Links a case once; the same form sent twice leaves one link. */
    void link(Source source, long ownerId, long caseId, String ticket, String excerpt) {
        jdbc.sql("insert into " + source.table + " (" + source.column + ", case_id, ticket, excerpt) values (:o, :c, :t, :e)"
                        + " on conflict do nothing")
                .param("o", ownerId).param("c", caseId).param("t", ticket).param("e", excerpt).update();
    }

    List<Link> of(Source source, long ownerId) {
        return jdbc.sql("select case_id, ticket, excerpt from " + source.table + " where " + source.column + " = :o order by case_id")
                .param("o", ownerId)
                .query(Link.class).list();
    }
}
