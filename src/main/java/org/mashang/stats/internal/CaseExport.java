package org.mashang.stats.internal;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseState;
import org.mashang.cases.Channel;
import org.mashang.cases.Satisfaction;
import org.mashang.directory.Directory;
import org.mashang.directory.Directory.NameKind;
import org.mashang.platform.Zones;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


/**
 * The filtered cases as spreadsheet rows, streamed from the database a few hundred at a time. The names of stations,
 * deputies, categories and blocks are looked up for a whole batch of rows at once and kept for the rest of the export:
 * a province's year names ten thousand deputies, and one look-up per new name was most of the time.
 */
@Component
@RequiredArgsConstructor
public class CaseExport {

    public static final List<String> HEADER_LIST = List.of("受理编号", "留言时间", "渠道", "联络站", "代表", "类别", "区块", "状态",
            "受理时间", "首次答复时间", "办结时间", "评价", "重办次数", "督办次数");
    /** Rows read before their names are looked up together (and the cursor's fetch size). */
    static final int BATCH = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.CHINA);
    private final DashboardRepository cases;
    private final Directory directory;

    @Transactional(readOnly = true)
    public void rows(String scope, StatsFilter filter, ExcelExport.Sheet sheet) {
        Batch batch = new Batch(directory, sheet);
        cases.eachCase(StatsQueries.period(scope, filter), batch::add);
        batch.flush();
    }

    /** Rows waiting for their names; the names already known stay for the rest of the export. */
    static final class Batch {
        private final Directory directory;
        private final ExcelExport.Sheet sheet;
        private final Map<NameKind, Map<Long, String>> known = new EnumMap<>(NameKind.class);
        private final Map<NameKind, Set<Long>> wanted = new EnumMap<>(NameKind.class);
        private final List<Row> rows = new ArrayList<>(BATCH);

        Batch(Directory directory, ExcelExport.Sheet sheet) {
            this.directory = directory;
            this.sheet = sheet;
            for (NameKind kind : List.of(NameKind.STATION, NameKind.DEPUTY, NameKind.CATEGORY, NameKind.REGION)) {
                known.put(kind, new HashMap<>());
                wanted.put(kind, new HashSet<>());
            }
        }

        void add(Row row) {
            want(NameKind.STATION, row.station());
            want(NameKind.DEPUTY, row.deputy());
            want(NameKind.CATEGORY, row.category());
            want(NameKind.REGION, row.block());
            rows.add(row);
            if (rows.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            wanted.forEach((kind, ids) -> {
                if (!ids.isEmpty()) {
                    Map<Long, String> names = known.get(kind);
                    names.putAll(directory.names(kind, ids));
                    ids.forEach(id -> names.putIfAbsent(id, ""));
                    ids.clear();
                }
            });
            for (Row r : rows) {
                sheet.row(r.ticket(), time(r.submittedAt()), Channel.valueOf(r.channel()).label(), name(NameKind.STATION, r.station()),
                        name(NameKind.DEPUTY, r.deputy()), name(NameKind.CATEGORY, r.category()), name(NameKind.REGION, r.block()),
                        CaseState.valueOf(r.state()).label(), time(r.acceptedAt()), time(r.firstReplyAt()), time(r.closedAt()),
                        r.satisfaction() == null ? "" : Satisfaction.valueOf(r.satisfaction()).label(), r.reopenCount(), r.escalations());
            }
            rows.clear();
        }

        private void want(NameKind kind, Long id) {
            if (id != null && !known.get(kind).containsKey(id)) {
                wanted.get(kind).add(id);
            }
        }

        private String name(NameKind kind, Long id) {
            return id == null ? "" : known.get(kind).get(id);
        }
    }

    record Row(String ticket, Timestamp submittedAt, String channel, long station, Long deputy, long category, Long block,
                       String state, Timestamp acceptedAt, Timestamp firstReplyAt, Timestamp closedAt, String satisfaction,
                       int reopenCount, int escalations) {
    }

    private static String time(Timestamp t) {
        return t == null ? "" : TIME.format(t.toInstant());
    }
}
