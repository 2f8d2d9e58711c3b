package org.mashang.stats.internal;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.mashang.cases.CaseState;
import org.mashang.cases.Channel;
import org.mashang.cases.Satisfaction;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.platform.Zones;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;

/** The filtered cases as spreadsheet rows, streamed from the database a few hundred at a time. */
@Component
public class CaseExport {

    public static final java.util.List<String> HEADER_LIST = java.util.List.of("受理编号", "留言时间", "渠道", "联络站", "代表", "类别", "区块", "状态",
            "受理时间", "首次答复时间", "办结时间", "评价", "重办次数", "督办次数");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.CHINA);

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;

    CaseExport(DataSource dataSource, Directory directory) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // PostgreSQL streams rows with a cursor only when a fetch size is set inside a transaction
        template.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public void rows(String scope, StatsFilter filter, ExcelExport.Sheet sheet) {
        StatsQueries.Where where = new StatsQueries.Where(scope, filter);
        Map<String, Object> params = new HashMap<>(where.factParams());
        Map<Long, String> deputies = new HashMap<>();
        Map<Long, String> stations = new HashMap<>();
        Map<Long, String> categories = new HashMap<>();
        Map<Long, String> blocks = new HashMap<>();
        jdbc.query("select * from stat_case where " + where.factWhere() + " order by submitted_at", params, rs -> {
            long deputy = rs.getLong("deputy_id");
            boolean noDeputy = rs.wasNull();
            long block = rs.getLong("block_id");
            boolean noBlock = rs.wasNull();
            String satisfaction = rs.getString("satisfaction");
            sheet.row(rs.getString("ticket"), time(rs.getTimestamp("submitted_at")), Channel.valueOf(rs.getString("channel")).label(),
                    stations.computeIfAbsent(rs.getLong("station_id"), id -> directory.station(id).map(s -> s.name()).orElse("")),
                    noDeputy ? "" : deputies.computeIfAbsent(deputy, id -> directory.deputy(id).map(DeputyCard::name).orElse("")),
                    categories.computeIfAbsent(rs.getLong("category_id"), id -> directory.category(id).map(Ref::name).orElse("")),
                    noBlock ? "" : blocks.computeIfAbsent(block, id -> directory.region(id).map(Ref::name).orElse("")),
                    CaseState.valueOf(rs.getString("state")).label(), time(rs.getTimestamp("accepted_at")),
                    time(rs.getTimestamp("first_reply_at")), time(rs.getTimestamp("closed_at")),
                    satisfaction == null ? "" : Satisfaction.valueOf(satisfaction).label(), rs.getInt("reopen_count"),
                    rs.getInt("escalations"));
        });
    }

    private static String time(Timestamp t) {
        return t == null ? "" : TIME.format(t.toInstant());
    }
}
