package org.mashang.stats.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.Channel;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures. Without a station or deputy filter everything is summed from the monthly roll-ups;
 * with one, totals come from that dimension's roll-up rows and the other breakdowns from the row-per-case table.
 * Both count by the month a case was received, so they agree.
 */
@Service
@Transactional(readOnly = true)
public class StatsQueries {

    static final String COUNTERS = """
            received, accepted, rejected, closed, close_hours_sum, close_hist, first_replies, first_reply_on_time,
            first_reply_hours_sum, first_reply_hist, review_done, review_on_time, resident_reply_done, resident_reply_on_time,
            evaluated, satisfied, basically_satisfied, unsatisfied, reopened, escalations, followed_up""";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Clock clock;
    private final ProposalStats proposals;

    StatsQueries(JdbcClient jdbc, Directory directory, Clock clock, ProposalStats proposals) {
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** The scope key prefix the user may report on, narrowed to a street when one is chosen. */
    public String scope(StaffUser user, Long streetId) {
        if (streetId != null) {
            if (directory.region(streetId).isEmpty() || (user.regionId() != null && !directory.isWithin(streetId, user.regionId()))) {
                throw UserFacingException.forbidden("您只能查看本辖区的统计");
            }
            return directory.scopeKey(streetId);
        }
        return user.regionId() == null ? "" : directory.scopeKey(user.regionId());
    }

    public DashboardData dashboard(String scope, StatsFilter f) {
        Where where = new Where(scope, f);
        Map<YearMonth, Figures> byMonth = monthly(where);
        Figures totals = byMonth.values().stream().reduce(Figures.zero(), Figures::plus);
        List<DashboardData.Month> months = new ArrayList<>();
        for (YearMonth m = f.from(); !m.isAfter(f.to()); m = m.plusMonths(1)) {
            Figures x = byMonth.getOrDefault(m, Figures.zero());
            months.add(new DashboardData.Month(m, x.received(), x.closed(), x.firstReplyOnTimePercent(), x.satisfactionPercent()));
        }
        List<DashboardData.Slice> byChannel = slices(where, StatsRecorder.CHANNEL, "channel", null, "");
        List<DashboardData.Slice> byCategory = slices(where, StatsRecorder.CATEGORY, "category_id", Directory.NameKind.CATEGORY, "");
        List<DashboardData.Slice> byBlock = slices(where, StatsRecorder.BLOCK, "block_id", Directory.NameKind.REGION, "未填区块");
        List<DashboardData.Slice> byDeputy = slices(where, StatsRecorder.DEPUTY, "deputy_id", Directory.NameKind.DEPUTY,
                "（联络站，未指定）");
        List<DashboardData.Slice> byStation = slices(where, StatsRecorder.STATION, "station_id", Directory.NameKind.STATION, "");
        List<DashboardData.Slice> backlog = backlog(where);
        Map<String, Object> period = where.factParams();
        ProposalFigures proposalFigures = proposals.figures(scope, ((Timestamp) period.get("from")).toInstant(),
                ((Timestamp) period.get("to")).toInstant(), f.stationId(), f.deputyId(), f.departmentId());
        return new DashboardData(f, totals, months, byChannel, byCategory, byBlock, byDeputy, byStation, departments(where),
                backlog, backlog.stream().mapToLong(DashboardData.Slice::received).sum(), proposalFigures);
    }

    /** Totals per month: from the roll-up row of the narrowest dimension the filter names. */
    private Map<YearMonth, Figures> monthly(Where w) {
        Map<YearMonth, Figures> out = new TreeMap<>();
        jdbc.sql("select month, " + COUNTERS + " from stat_monthly where scope_key like :scope and dim = :dim and dim_id = :dimId"
                        + " and month >= :from and month < :to")
                .param("scope", w.scope + "%").param("dim", w.dim).param("dimId", w.dimId)
                .param("from", Date.valueOf(w.f.firstDay())).param("to", Date.valueOf(w.f.endDay()))
                .query(rs -> {
                    YearMonth month = YearMonth.from(rs.getDate("month").toLocalDate());
                    out.merge(month, figures(rs), Figures::plus);
                });
        return out;
    }

    /** A breakdown by one dimension, named in one look-up; id 0 stands for "none" (no block, no deputy yet). */
    private List<DashboardData.Slice> slices(Where w, int dim, String column, Directory.NameKind kind, String none) {
        List<long[]> rows = new ArrayList<>();
        if (w.dim == StatsRecorder.ALL) {
            // the whole years of the period from the yearly rows, the months before and after them from the monthly ones
            LocalDate yearsFrom = w.f.firstDay().getDayOfYear() == 1 ? w.f.firstDay() : w.f.firstDay().plusYears(1).withDayOfYear(1);
            LocalDate yearsTo = w.f.endDay().withDayOfYear(1);
            if (!yearsFrom.isBefore(yearsTo)) {
                yearsFrom = w.f.endDay();
                yearsTo = w.f.endDay();
            }
            jdbc.sql("""
                            select dim_id, sum(received) received, sum(closed) closed from (
                                select dim_id, received, closed from stat_yearly
                                where dim = :dim and year >= :fromYear and year < :toYear and scope_key like :scope
                                union all
                                select dim_id, received, closed from stat_monthly
                                where dim = :dim and month >= :from and month < :yearsFrom and scope_key like :scope
                                union all
                                select dim_id, received, closed from stat_monthly
                                where dim = :dim and month >= :yearsTo and month < :to and scope_key like :scope
                            ) r
                            group by dim_id having sum(received) <> 0 or sum(closed) <> 0 order by sum(received) desc""")
                    .param("scope", w.scope + "%").param("dim", dim)
                    .param("fromYear", yearsFrom.getYear()).param("toYear", yearsTo.getYear())
                    .param("yearsFrom", Date.valueOf(yearsFrom)).param("yearsTo", Date.valueOf(yearsTo))
                    .param("from", Date.valueOf(w.f.firstDay())).param("to", Date.valueOf(w.f.endDay()))
                    .query(rs -> {
                        rows.add(new long[] {rs.getLong("dim_id"), rs.getLong("received"), rs.getLong("closed")});
                    });
        } else {
            String expression = column.equals("channel") ? "channel" : "coalesce(" + column + ", 0)";
            jdbc.sql("select " + expression + " k, count(*) received, count(closed_at) closed from stat_case where " + w.factWhere()
                            + " group by 1 order by 2 desc")
                    .params(w.factParams())
                    .query(rs -> {
                        long id = column.equals("channel") ? Channel.valueOf(rs.getString("k")).ordinal() : rs.getLong("k");
                        rows.add(new long[] {id, rs.getLong("received"), rs.getLong("closed")});
                    });
        }
        Map<Long, String> names = kind == null ? Map.of()
                : directory.names(kind, rows.stream().map(r -> r[0]).filter(id -> id != 0).toList());
        return rows.stream().map(r -> new DashboardData.Slice(r[0], kind == null ? Channel.values()[(int) r[0]].label()
                : r[0] == 0 ? none : names.getOrDefault(r[0], "（已删除）"), r[1], r[2])).toList();
    }

    private List<DashboardData.DepartmentRow> departments(Where w) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql("""
                        select department_id, sum(dispatched) dispatched, sum(reported) reported, sum(returned) returned,
                               sum(done) done, sum(done_on_time) done_on_time, sum(handle_hours_sum) hours, sum(escalations) escalations
                        from stat_department_monthly
                        where scope_key like :scope and month >= :from and month < :to
                          and (cast(:department as bigint) is null or department_id = :department)
                        group by department_id order by sum(dispatched) desc""")
                .param("scope", w.scope + "%").param("from", Date.valueOf(w.f.firstDay())).param("to", Date.valueOf(w.f.endDay()))
                .param("department", w.f.departmentId())
                .query(rs -> {
                    long done = rs.getLong("done");
                    rows.add(new Object[] {rs.getLong("department_id"), rs.getLong("dispatched"), rs.getLong("reported"),
                            rs.getLong("returned"), done, rs.getLong("done_on_time"), done == 0 ? null : rs.getDouble("hours") / done,
                            rs.getLong("escalations")});
                });
        Map<Long, String> names = directory.names(Directory.NameKind.DEPARTMENT, rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> new DashboardData.DepartmentRow((Long) r[0], names.getOrDefault((Long) r[0], "（已删除）"),
                (Long) r[1], (Long) r[2], (Long) r[3], (Long) r[4], (Long) r[5], (Double) r[6], (Long) r[7])).toList();
    }

    static final String[] AGE_LABELS = {"3 天内", "4–7 天", "8–15 天", "16–30 天", "31–90 天", "90 天以上"};
    static final int[] AGE_DAYS = {3, 7, 15, 30, 90};

    /** Open cases right now by how long ago they were received (not limited to the period): one pass over the open ones. */
    private List<DashboardData.Slice> backlog(Where w) {
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>(w.scopeParams());
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < AGE_DAYS.length; i++) {
            sql.append("count(*) filter (where submitted_at > :t").append(i).append(") c").append(i).append(", ");
            params.put("t" + i, Timestamp.from(now.minus(Duration.ofDays(AGE_DAYS[i]))));
        }
        sql.append("count(*) total from stat_case where open and scope_key like :scope");
        w.narrow(sql, params);
        long[] within = new long[AGE_DAYS.length + 1];
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            for (int i = 0; i < AGE_DAYS.length; i++) {
                within[i] = rs.getLong("c" + i);
            }
            within[AGE_DAYS.length] = rs.getLong("total");
        });
        List<DashboardData.Slice> out = new ArrayList<>();
        long before = 0;
        for (int i = 0; i < AGE_LABELS.length; i++) {
            out.add(new DashboardData.Slice(i, AGE_LABELS[i], within[i] - before, 0));
            before = within[i];
        }
        return out;
    }

    static Figures figures(ResultSet rs) throws SQLException {
        return new Figures(rs.getLong("received"), rs.getLong("accepted"), rs.getLong("rejected"), rs.getLong("closed"),
                rs.getDouble("close_hours_sum"), longs(rs.getArray("close_hist")), rs.getLong("first_replies"),
                rs.getLong("first_reply_on_time"), rs.getDouble("first_reply_hours_sum"), longs(rs.getArray("first_reply_hist")),
                rs.getLong("review_done"), rs.getLong("review_on_time"), rs.getLong("resident_reply_done"),
                rs.getLong("resident_reply_on_time"), rs.getLong("evaluated"), rs.getLong("satisfied"),
                rs.getLong("basically_satisfied"), rs.getLong("unsatisfied"), rs.getLong("reopened"), rs.getLong("escalations"),
                rs.getLong("followed_up"));
    }

    private static long[] longs(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] out = new long[Histogram.SIZE];
        for (int i = 0; i < values.length && i < out.length; i++) {
            out[i] = ((Number) values[i]).longValue();
        }
        return out;
    }

    /** The filter as SQL: which roll-up rows, and which row-per-case rows. */
    static final class Where {
        final String scope;
        final StatsFilter f;
        final int dim;
        final long dimId;

        Where(String scope, StatsFilter f) {
            this.scope = scope;
            this.f = f;
            if (f.deputyId() != null) {
                dim = StatsRecorder.DEPUTY;
                dimId = f.deputyId();
            } else if (f.stationId() != null) {
                dim = StatsRecorder.STATION;
                dimId = f.stationId();
            } else {
                dim = StatsRecorder.ALL;
                dimId = 0;
            }
        }

        Map<String, Object> scopeParams() {
            return Map.of("scope", scope + "%");
        }

        void narrow(StringBuilder sql, Map<String, Object> params) {
            if (f.deputyId() != null) {
                sql.append(" and deputy_id = :deputy");
                params.put("deputy", f.deputyId());
            } else if (f.stationId() != null) {
                sql.append(" and station_id = :station");
                params.put("station", f.stationId());
            }
        }

        String factWhere() {
            StringBuilder sql = new StringBuilder("scope_key like :scope and submitted_at >= :from and submitted_at < :to");
            narrow(sql, new HashMap<>());
            return sql.toString();
        }

        Map<String, Object> factParams() {
            Map<String, Object> params = new LinkedHashMap<>(scopeParams());
            params.put("from", Timestamp.from(f.firstDay().atStartOfDay(org.mashang.platform.Zones.CHINA).toInstant()));
            params.put("to", Timestamp.from(f.endDay().atStartOfDay(org.mashang.platform.Zones.CHINA).toInstant()));
            narrow(new StringBuilder(), params);
            return params;
        }
    }
}
