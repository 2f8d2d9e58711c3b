package org.mashang.stats.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.Channel;
import org.mashang.directory.Directory;
import org.mashang.platform.UserFacingException;
import org.mashang.stats.internal.DashboardRepository.Breakdown;
import org.mashang.stats.internal.DashboardRepository.Narrowing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures. Without a station or deputy filter everything is summed from the monthly roll-ups;
 * with one, totals come from that dimension's roll-up rows and the other breakdowns from the row-per-case table.
 * Both count by the month a case was received, so they agree.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class StatsQueries {

    private final DashboardRepository figures;
    private final RegionYearRepository regionYears;
    private final Directory directory;
    private final Clock clock;
    private final ProposalStats proposals;

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

    /** The filter as the statements take it: the narrowest of deputy and station named wins. */
    static DashboardRepository.Period period(String scope, StatsFilter f) {
        Narrowing narrowing = f.deputyId() != null ? Narrowing.DEPUTY : f.stationId() != null ? Narrowing.STATION : Narrowing.ALL;
        long narrowedTo = f.deputyId() != null ? f.deputyId() : f.stationId() != null ? f.stationId() : 0;
        return new DashboardRepository.Period(scope, f.firstDay(), f.endDay(), narrowing, narrowedTo, f.departmentId());
    }

    /** Every figure with every row of each breakdown (for the Excel export of a table and the checks). */
    public DashboardData dashboard(String scope, StatsFilter f) {
        return dashboard(scope, f, Integer.MAX_VALUE);
    }

    /**
     * Every figure, each breakdown cut to its {@code rowsPerBreakdown} largest rows (a page lists no more: a province's
     * year has tens of thousands of deputies and blocks), with how many rows each leaves unlisted.
     */
    public DashboardData dashboard(String scope, StatsFilter f, int rowsPerBreakdown) {
        return figures(scope, f, rowsPerBreakdown, true);
    }

    /**
     * The figures the yearly report prints (totals and months, categories, deputies, departments, proposals): its channels,
     * blocks, stations and the open cases by age are left empty — the last a count of the region's open cases today
     * (74 ms at 10,000,000 cases for the province, the report's slowest statement), which a year's report does not print.
     */
    public DashboardData report(String scope, StatsFilter f, int rowsPerBreakdown) {
        return figures(scope, f, rowsPerBreakdown, false);
    }

    private DashboardData figures(String scope, StatsFilter f, int rowsPerBreakdown, boolean everyTable) {
        DashboardRepository.Period period = period(scope, f);
        Map<YearMonth, Figures> byMonth = figures.monthly(period);
        Figures totals = byMonth.values().stream().reduce(Figures.zero(), Figures::plus);
        List<DashboardData.Month> months = new ArrayList<>();
        for (YearMonth m = f.from(); !m.isAfter(f.to()); m = m.plusMonths(1)) {
            Figures x = byMonth.getOrDefault(m, Figures.zero());
            months.add(new DashboardData.Month(m, x.received(), x.closed(), x.firstReplyOnTimePercent(), x.satisfactionPercent()));
        }
        int limit = Math.max(1, rowsPerBreakdown);
        Cut none = new Cut(List.of(), 0);
        Cut byChannel = everyTable ? slices(period, Breakdown.CHANNEL, null, "", limit) : none;
        Cut byCategory = slices(period, Breakdown.CATEGORY, Directory.NameKind.CATEGORY, "", limit);
        Cut byBlock = everyTable ? slices(period, Breakdown.BLOCK, Directory.NameKind.REGION, "未填区块", limit) : none;
        Cut byDeputy = slices(period, Breakdown.DEPUTY, Directory.NameKind.DEPUTY, "（联络站，未指定）", limit);
        Cut byStation = everyTable ? slices(period, Breakdown.STATION, Directory.NameKind.STATION, "", limit) : none;
        List<DashboardData.Slice> backlog = everyTable ? backlog(period) : List.of();
        ProposalFigures proposalFigures = proposals.figures(scope, period.from(), period.to(), f.stationId(), f.deputyId(),
                f.departmentId());
        Departments departments = departments(period, limit);
        return new DashboardData(f, totals, months, byChannel.listed(), byCategory.listed(), byBlock.listed(), byDeputy.listed(),
                byStation.listed(), departments.listed(), departments.all(), backlog,
                backlog.stream().mapToLong(DashboardData.Slice::received).sum(), proposalFigures,
                new DashboardData.Unlisted(byChannel.unlisted(), byCategory.unlisted(), byBlock.unlisted(), byDeputy.unlisted(),
                        byStation.unlisted(), departments.unlisted()));
    }

    /** The one year the period is, whole (January to December); null when it is not. */
    private static @Nullable Integer wholeYear(DashboardRepository.Period p) {
        boolean whole = p.firstDay().getDayOfYear() == 1 && p.endDay().equals(p.firstDay().plusYears(1));
        return whole ? p.firstDay().getYear() : null;
    }

    /** The rows of a breakdown a page lists and how many it leaves out. */
    private record Cut(List<DashboardData.Slice> listed, long unlisted) {
    }

    /** A breakdown by one dimension, its largest rows named in one look-up; id 0 stands for "none" (no block, no deputy yet). */
    private Cut slices(DashboardRepository.Period p, Breakdown breakdown, Directory.NameKind kind, String none, int limit) {
        List<DashboardRepository.Slice> rows;
        Integer year = wholeYear(p);
        if (p.narrowing() == Narrowing.ALL && year != null && RegionRollUps.DIMS.contains(breakdown.dim)) {
            // a region's year by deputy or block: its largest rows in order, from the rows kept per region
            rows = regionYears.largest(p.scope(), breakdown.dim, year, limit);
        } else if (p.narrowing() == Narrowing.ALL && RollUps.SHARED.contains(breakdown.dim)) {
            rows = figures.breakdownFromRegionRows(p, breakdown, limit);
        } else if (p.narrowing() == Narrowing.ALL) {
            // the whole years of the period from the yearly rows, the months before and after them from the monthly ones
            LocalDate yearsFrom = p.firstDay().getDayOfYear() == 1 ? p.firstDay() : p.firstDay().plusYears(1).withDayOfYear(1);
            LocalDate yearsTo = p.endDay().withDayOfYear(1);
            if (!yearsFrom.isBefore(yearsTo)) {
                yearsFrom = p.endDay();
                yearsTo = p.endDay();
            }
            rows = figures.breakdownFromRollUps(p, breakdown, yearsFrom, yearsTo, limit);
        } else {
            rows = figures.breakdownFromCases(p, breakdown, limit);
        }
        Map<Long, String> names = kind == null ? Map.of()
                : directory.names(kind, rows.stream().map(DashboardRepository.Slice::id).filter(id -> id != 0).toList());
        List<DashboardData.Slice> listed = rows.stream().map(r -> new DashboardData.Slice(r.id(), kind == null
                ? Channel.values()[(int) r.id()].label() : r.id() == 0 ? none : names.getOrDefault(r.id(), "（已删除）"),
                r.received(), r.closed())).toList();
        return new Cut(listed, rows.isEmpty() ? 0 : rows.get(0).rows() - rows.size());
    }

    /** The departments a page lists, all of them added up, and how many it leaves out. */
    private record Departments(List<DashboardData.DepartmentRow> listed, DashboardData.DepartmentRow all, long unlisted) {
    }

    /**
     * A whole year's departments from the rows kept per region (the most dispatched, as many as a page lists); another
     * period's summed from the streets' months, every one of them.
     */
    private Departments departments(DashboardRepository.Period p, int limit) {
        Integer year = wholeYear(p);
        List<DashboardRepository.DepartmentTotals> rows;
        DashboardRepository.DepartmentTotals all;
        long unlisted;
        if (year != null) {
            RegionYearRepository.Departments region = regionYears.departments(p.scope(), year, p.department(), limit);
            rows = region.listed();
            all = region.all();
            unlisted = region.rows() - rows.size();
        } else {
            rows = figures.departments(p);
            all = rows.stream().reduce(new DashboardRepository.DepartmentTotals(0, 0, 0, 0, 0, 0, 0, 0), StatsQueries::plus);
            unlisted = 0;
        }
        Map<Long, String> names = directory.names(Directory.NameKind.DEPARTMENT,
                rows.stream().map(DashboardRepository.DepartmentTotals::departmentId).toList());
        return new Departments(rows.stream().map(r -> row(r, names.getOrDefault(r.departmentId(), "（已删除）"))).toList(),
                row(all, "全部部门"), unlisted);
    }

    private static DashboardData.DepartmentRow row(DashboardRepository.DepartmentTotals r, String name) {
        return new DashboardData.DepartmentRow(r.departmentId(), name, r.dispatched(), r.reported(), r.returned(), r.done(),
                r.doneOnTime(), r.done() == 0 ? null : r.hours() / r.done(), r.escalations());
    }

    private static DashboardRepository.DepartmentTotals plus(DashboardRepository.DepartmentTotals a, DashboardRepository.DepartmentTotals b) {
        return new DashboardRepository.DepartmentTotals(0, a.dispatched() + b.dispatched(), a.reported() + b.reported(),
                a.returned() + b.returned(), a.done() + b.done(), a.doneOnTime() + b.doneOnTime(), a.hours() + b.hours(),
                a.escalations() + b.escalations());
    }

    static final String[] AGE_LABELS = {"3 天内", "4–7 天", "8–15 天", "16–30 天", "31–90 天", "90 天以上"};
    static final int[] AGE_DAYS = {3, 7, 15, 30, 90};

    /** Open cases right now by how long ago they were received (not limited to the period). */
    private List<DashboardData.Slice> backlog(DashboardRepository.Period p) {
        Instant now = clock.instant();
        Instant[] moments = new Instant[AGE_DAYS.length];
        for (int i = 0; i < AGE_DAYS.length; i++) {
            moments[i] = now.minus(Duration.ofDays(AGE_DAYS[i]));
        }
        long[] within = figures.openReceivedAfter(p, moments);
        List<DashboardData.Slice> out = new ArrayList<>();
        long before = 0;
        for (int i = 0; i < AGE_LABELS.length; i++) {
            out.add(new DashboardData.Slice(i, AGE_LABELS[i], within[i] - before, 0));
            before = within[i];
        }
        return out;
    }
}
