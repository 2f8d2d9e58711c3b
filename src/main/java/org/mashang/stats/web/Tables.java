package org.mashang.stats.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.mashang.stats.internal.DashboardData;

/** The dashboard's tables, each exportable to Excel under its key. */
public final class Tables {

    /** Rows a page lists of one table (the largest first, as the breakdowns are sorted); the Excel export has every row. */
    public static final int SHOWN = 200;

    public record Table(String key, String title, List<String> header, Function<DashboardData, List<List<Object>>> rowsOf,
                        ToLongFunction<DashboardData> unlistedOf) {

        public Table(String key, String title, List<String> header, Function<DashboardData, List<List<Object>>> rowsOf) {
            this(key, title, header, rowsOf, d -> 0);
        }

        public List<List<Object>> rows(DashboardData d) {
            return rowsOf.apply(d);
        }

        /** The rows the page lists: a province's deputies and blocks are ten thousand each, the export has them all. */
        public List<List<Object>> shown(DashboardData d) {
            List<List<Object>> rows = rows(d);
            return rows.size() > SHOWN ? rows.subList(0, SHOWN) : rows;
        }

        /** How many rows the page leaves to the export (beyond those it lists, and those it did not read). */
        public long hidden(DashboardData d) {
            return Math.max(0, rows(d).size() - SHOWN) + unlistedOf.applyAsLong(d);
        }
    }

    public static final List<Table> ALL = List.of(
            new Table("months", "按月统计", List.of("月份", "收到", "已办结", "首次答复按时率(%)", "满意率(%)"), d -> d.months().stream()
                    .map(m -> List.<Object>of(m.month().toString(), m.received(), m.closed(), nz(m.firstReplyOnTimePercent()),
                            nz(m.satisfactionPercent()))).toList()),
            slices("channels", "按渠道", "渠道", DashboardData::byChannel, d -> d.unlisted().channels()),
            slices("categories", "按类别", "类别", DashboardData::byCategory, d -> d.unlisted().categories()),
            slices("blocks", "按区块", "区块", DashboardData::byBlock, d -> d.unlisted().blocks()),
            slices("deputies", "按代表", "代表", DashboardData::byDeputy, d -> d.unlisted().deputies()),
            slices("stations", "按联络站", "联络站", DashboardData::byStation, d -> d.unlisted().stations()),
            new Table("departments", "按职能部门", List.of("部门", "交办", "反馈", "退回", "办结", "按时办结", "按时率(%)", "平均用时(小时)", "督办"),
                    d -> d.departments().stream().map(r -> List.<Object>of(r.name(), r.dispatched(), r.reported(), r.returned(), r.done(),
                            r.doneOnTime(), nz(r.onTimePercent()), nz(r.avgHours()), r.escalations())).toList(),
                    d -> d.unlisted().departments()),
            new Table("backlog", "积压（按已等待时间）", List.of("已等待", "未办结留言"), d -> d.backlog().stream()
                    .map(s -> List.<Object>of(s.name(), s.received())).toList()),
            proposals("proposal-sessions", "代表建议（按届次会次）", "届次会次", d -> d.proposals().bySession()),
            proposals("proposal-units", "代表建议（按主办单位）", "主办单位", d -> d.proposals().byUnit()));

    private Tables() {
    }

    static Optional<Table> of(String key) {
        return ALL.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private static Table slices(String key, String title, String what, Function<DashboardData, List<DashboardData.Slice>> of,
                                ToLongFunction<DashboardData> unlisted) {
        return new Table(key, title, List.of(what, "收到", "已办结"), d -> of.apply(d).stream()
                .map(s -> List.<Object>of(s.name(), s.received(), s.closed())).toList(), unlisted);
    }

    private static Table proposals(String key, String title, String what,
                                   Function<DashboardData, List<org.mashang.stats.internal.ProposalFigures.Row>> of) {
        List<String> header = new java.util.ArrayList<>(List.of(what));
        // built here, not in a constant: ALL above is initialised first
        header.addAll(List.of("提交", "已交办", "已答复", "按时答复", "按时率(%)", "A类", "B类", "C类", "D类", "代表评价", "满意或基本满意",
                "满意率(%)", "不满意"));
        return new Table(key, title, header, d -> of.apply(d).stream().map(r -> List.<Object>of(r.name(), r.submitted(), r.assigned(),
                r.answered(), r.onTime(), nz(r.onTimePercent()), r.classA(), r.classB(), r.classC(), r.classD(), r.evaluated(),
                r.satisfied(), nz(r.satisfactionPercent()), r.unsatisfied())).toList());
    }

    private static Object nz(Double value) {
        return value == null ? "" : Math.round(value * 10) / 10.0;
    }
}
