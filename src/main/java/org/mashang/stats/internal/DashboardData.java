package org.mashang.stats.internal;

import java.time.YearMonth;
import java.util.List;

/** Everything the dashboard shows for one filter. */
public record DashboardData(StatsFilter filter, Figures totals, List<Month> months, List<Slice> byChannel, List<Slice> byCategory,
                            List<Slice> byBlock, List<Slice> byDeputy, List<Slice> byStation, List<DepartmentRow> departments,
                            DepartmentRow allDepartments, List<Slice> backlog, long openCases,
                            ProposalFigures proposals, Unlisted unlisted) {

    /** How many rows each breakdown has beyond those listed (none when every row was asked for). */
    public record Unlisted(long channels, long categories, long blocks, long deputies, long stations, long departments) {
    }

    public record Month(YearMonth month, long received, long closed, Double firstReplyOnTimePercent, Double satisfactionPercent) {
    }

    /** One bar of a breakdown: received and closed among them. */
    public record Slice(long id, String name, long received, long closed) {
    }

    public record DepartmentRow(long id, String name, long dispatched, long reported, long returned, long done, long doneOnTime,
                                Double avgHours, long escalations) {

        public Double onTimePercent() {
            return Figures.percent(doneOnTime, done);
        }
    }
}
