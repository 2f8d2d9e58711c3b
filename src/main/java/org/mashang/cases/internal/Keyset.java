package org.mashang.cases.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.ListCursor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A workbench list's order, for reading a page from where the last one ended (keyset paging): the sort value, which a
 * list's statement selects as {@code list_key} beside the row's {@code id}, then the id; ascending or descending. A page
 * after a row is read onwards in the list's order, a page before it backwards (the caller turns it round,
 * {@link ListPaging}).
 *
 * @param kind      what the sort value is, for binding the cursor's number and reading it back
 * @param ascending the list's own order (oldest or earliest due first), not the reading direction
 */
record Keyset(Kind kind, boolean ascending) {

    enum Kind {
        /** A time, carried in microseconds. */
        TIME,
        /** A day, carried as days since 1970-01-01. */
        DAY,
        /** The id itself. */
        ID
    }

    private static final String PAGE = "select * from (%s) r where true%s order by %s limit :limit";
    private static final String COUNT = "select count(*) from (select 1 from (%s) r limit :cap) t";

    /** The statement reading a page of the list's rows from the cursor (bind {@link #bind} and {@code :limit}). */
    String page(String rows, @Nullable ListCursor from) {
        return PAGE.formatted(rows, condition(from), order(from));
    }

    /** The statement counting the list's rows up to {@code :cap}. */
    static String count(String rows) {
        return COUNT.formatted(rows);
    }

    /** The condition after a cursor ("" on the first page); the sort value's own bound lets an index start there. */
    private String condition(@Nullable ListCursor from) {
        return condition(from, "r.list_key", "r.id");
    }

    /**
     * The condition after a cursor on a statement's own columns ("" on the first page), for a statement that reads each
     * of its sources from the cursor in the list's order itself (bind {@link #bind}).
     *
     * @param key the column holding the sort value
     * @param id  the column holding the id
     */
    String condition(@Nullable ListCursor from, String key, String id) {
        if (from == null) {
            return "";
        }
        String beyond = onwards(from) == ascending ? ">" : "<";
        return " and " + key + " " + beyond + "= :listKey and (" + key + ", " + id + ") " + beyond + " (:listKey, :listId)";
    }

    /** The order rows are read in: the list's own, or backwards for the page before a cursor. */
    private String order(@Nullable ListCursor from) {
        String direction = direction(from);
        return "r.list_key " + direction + ", r.id " + direction;
    }

    /** {@code asc} or {@code desc}: the list's own direction, or the other way for the page before a cursor. */
    String direction(@Nullable ListCursor from) {
        return onwards(from) == ascending ? "asc" : "desc";
    }

    /** Binds the cursor's place, when there is one. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, @Nullable ListCursor from) {
        if (from == null) {
            return statement;
        }
        Object key = switch (kind) {
            case TIME -> Timestamp.from(Instant.EPOCH.plus(from.key(), ChronoUnit.MICROS));
            case DAY -> Date.valueOf(LocalDate.ofEpochDay(from.key()));
            case ID -> from.key();
        };
        return statement.param("listKey", key).param("listId", from.id());
    }

    /** The row's sort value as a cursor carries it. */
    long key(ResultSet rs) throws SQLException {
        return switch (kind) {
            case TIME -> ChronoUnit.MICROS.between(Instant.EPOCH, rs.getTimestamp("list_key").toInstant());
            case DAY -> rs.getDate("list_key").toLocalDate().toEpochDay();
            case ID -> rs.getLong("list_key");
        };
    }

    /** Whether rows are read onwards in the list's order (the first page, a page after a row). */
    static boolean onwards(@Nullable ListCursor from) {
        return from == null || from.next();
    }
}
