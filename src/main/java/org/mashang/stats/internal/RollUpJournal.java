package org.mashang.stats.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.PerTransaction;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The journal the roll-ups are folded from ({@code stat_journal}, see {@link RollUpFolder}): a row for each change's
 * additions, appended in the transaction that made the change and taken by one folder at a time.
 */
@Repository
class RollUpJournal {

    /** What a change adds to: every row of its case, one dimension's row, a department's rows, the deputies' records. */
    enum Kind {
        CASE, DIMENSION, DEPARTMENT, RECORD
    }

    /**
     * Which roll-up rows a change adds to: everything about it but the amounts. Changes with equal keys add to the same
     * rows, so the folder sums them and writes each row once.
     */
    record Key(Kind kind, String scopeKey, @Nullable Long streetId, @Nullable Long stationId, @Nullable Long deputyId,
               @Nullable Long categoryId, @Nullable Long blockId, @Nullable Integer channel, @Nullable LocalDate month,
               @Nullable Integer dim, @Nullable Long dimId, @Nullable Long departmentId, @Nullable Integer record,
               @Nullable Integer year, @Nullable List<Long> deputies, Counts.@Nullable Hist hist, int bucket) {
    }

    /** A change as journaled: its key, what each counter gets, and the durations it adds to the key's bucket. */
    record Entry(Key key, double[] amounts, int inBucket) {
    }

    /** Serializes the folders of all instances: the rows they write are written by one transaction at a time. */
    private static final long FOLDING = 0x7374_6174_6a6f_7572L; // "statjour"

    private static final String APPEND = """
            insert into stat_journal (kind, scope_key, street_id, station_id, deputy_id, category_id, block_id, channel, month,
                dim, dim_id, department_id, record, year, deputies, amounts, hist, bucket)
            values (:kind, :scope, :street, :station, :deputy, :category, :block, :channel, :month, :dim, :dimId, :department,
                :record, :year, :deputies, :amounts, :hist, :bucket)""";

    /** The oldest rows, as many as a fold takes; a row another transaction is taking is left to it. */
    private static final String TAKE = """
            delete from stat_journal where id in (select id from stat_journal order by id limit :limit for update skip locked)
            returning *""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    /** Additions waiting for their transaction's commit, summed by key (see {@link #appendAtCommit}). */
    private final PerTransaction<Map<Key, double[]>> atCommit = new PerTransaction<>(PerTransaction.At.BEFORE_COMMIT,
            LinkedHashMap::new, this::appendAll);

    RollUpJournal(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void append(Key key, double[] amounts) {
        jdbc.sql(APPEND).params(row(key, amounts)).update();
    }

    /**
     * {@link #append}, written just before the transaction commits, with the other additions of the transaction: those of
     * equal keys as one row (many residents' messages committed together mostly add to the same rows), all in one round
     * trip. Durations (a histogram's bucket counts each one) are appended at once. Only for additions no one reads before
     * the commit: the folder takes the journal after it.
     */
    void appendAtCommit(Key key, double[] amounts) {
        var waiting = atCommit.current();
        if (waiting.isEmpty() || key.hist() != null) {
            append(key, amounts);
            return;
        }
        waiting.get().merge(key, amounts.clone(), RollUpJournal::sum);
    }

    private void appendAll(Map<Key, double[]> waiting) {
        if (!waiting.isEmpty()) {
            batches.batchUpdate(APPEND, waiting.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toArray(Map[]::new));
        }
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = a.length >= b.length ? a : b;
        double[] other = out == a ? b : a;
        for (int i = 0; i < other.length; i++) {
            out[i] += other[i];
        }
        return out;
    }

    private static Map<String, Object> row(Key key, double[] amounts) {
        Map<String, Object> row = new HashMap<>();
        row.put("kind", key.kind().ordinal());
        row.put("scope", key.scopeKey());
        row.put("street", key.streetId());
        row.put("station", key.stationId());
        row.put("deputy", key.deputyId());
        row.put("category", key.categoryId());
        row.put("block", key.blockId());
        row.put("channel", key.channel());
        row.put("month", key.month() == null ? null : Date.valueOf(key.month()));
        row.put("dim", key.dim());
        row.put("dimId", key.dimId());
        row.put("department", key.departmentId());
        row.put("record", key.record());
        row.put("year", key.year());
        row.put("deputies", key.deputies() == null ? null : key.deputies().toArray(Long[]::new));
        row.put("amounts", boxed(amounts));
        row.put("hist", key.hist() == null ? null : key.hist().ordinal());
        row.put("bucket", key.bucket());
        return row;
    }

    /** Waits until no other folder is folding, for the rest of the transaction. */
    void lockFolding() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", FOLDING).query((rs, n) -> 1).list();
    }

    /** Takes (deletes) the oldest rows, at most {@code limit}; they are summed, so their order does not matter. */
    List<Entry> take(int limit) {
        return jdbc.sql(TAKE).param("limit", limit).query((rs, n) -> entry(rs)).list();
    }

    boolean pending() {
        return jdbc.sql("select exists (select 1 from stat_journal)").query(Boolean.class).single();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        Date month = rs.getDate("month");
        Long[] deputies = array(rs.getArray("deputies"), Long[].class);
        Double[] amounts = array(rs.getArray("amounts"), Double[].class);
        Integer hist = rs.getObject("hist", Integer.class);
        Key key = new Key(Kind.values()[rs.getInt("kind")], rs.getString("scope_key"), rs.getObject("street_id", Long.class),
                rs.getObject("station_id", Long.class), rs.getObject("deputy_id", Long.class), rs.getObject("category_id", Long.class),
                rs.getObject("block_id", Long.class), rs.getObject("channel", Integer.class),
                month == null ? null : month.toLocalDate(), rs.getObject("dim", Integer.class), rs.getObject("dim_id", Long.class),
                rs.getObject("department_id", Long.class), rs.getObject("record", Integer.class), rs.getObject("year", Integer.class),
                deputies == null ? null : List.of(deputies), hist == null ? null : Counts.Hist.values()[hist], rs.getInt("bucket"));
        double[] values = new double[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            values[i] = amounts[i];
        }
        return new Entry(key, values, hist == null ? 0 : 1);
    }

    private static <T> @Nullable T array(@Nullable Array array, Class<T> type) throws SQLException {
        return array == null ? null : type.cast(array.getArray());
    }

    private static Double[] boxed(double[] amounts) {
        Double[] out = new Double[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            out[i] = amounts[i];
        }
        return out;
    }
}
