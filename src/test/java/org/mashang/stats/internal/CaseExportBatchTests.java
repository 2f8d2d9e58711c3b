package org.mashang.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.directory.Directory;
import org.mashang.directory.Directory.NameKind;

/** The export's rows carry every name, and each name is looked up once, a batch of rows at a time. */
@UnitTest
class CaseExportBatchTests {

    /** Names as the directory would give them; every look-up is recorded. */
    private final List<Map.Entry<NameKind, Collection<Long>>> lookups = new ArrayList<>();
    private final Directory directory = (Directory) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Directory.class},
            (proxy, method, args) -> {
                if (!method.getName().equals("names")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                NameKind kind = (NameKind) args[0];
                @SuppressWarnings("unchecked")
                Collection<Long> ids = List.copyOf((Collection<Long>) args[1]);
                lookups.add(Map.entry(kind, ids));
                Map<Long, String> names = new HashMap<>();
                // id 13 of each kind no longer exists: left out, as the directory does
                ids.stream().filter(id -> id != 13).forEach(id -> names.put(id, kind + "-" + id));
                return names;
            });

    @Test
    void rowsOfMoreThanABatchGetTheirNamesFromOneLookUpPerKindAndBatch() throws Exception {
        int count = CaseExport.BATCH * 2 + 7;
        List<Object[]> sheet = new ArrayList<>();
        CaseExport.Batch batch = new CaseExport.Batch(directory, sheet::add);
        Timestamp at = Timestamp.from(Instant.parse("2025-03-01T02:00:00Z"));
        for (int i = 0; i < count; i++) {
            batch.add(new CaseExport.Row("T" + i, at, "DEPUTY_CODE", 1 + i % 3, i % 5 == 0 ? null : (long) (100 + i % 40),
                    7 + i % 7, i % 4 == 0 ? null : (long) (i % 30), "EVALUATED", at, null, at, "SATISFIED", 0, 1));
        }
        batch.flush();
        assertThat(sheet).hasSize(count);
        for (int i = 0; i < count; i++) {
            Object[] row = sheet.get(i);
            assertThat(row[0]).isEqualTo("T" + i);
            assertThat(row[1]).isEqualTo("2025-03-01 10:00");
            assertThat(row[3]).isEqualTo("STATION-" + (1 + i % 3));
            assertThat(cell(row, 4)).isEqualTo(i % 5 == 0 ? "" : "DEPUTY-" + (100 + i % 40));
            assertThat(cell(row, 5)).isEqualTo(7 + i % 7 == 13 ? "" : "CATEGORY-" + (7 + i % 7));
            assertThat(cell(row, 6)).isEqualTo(i % 4 == 0 ? "" : i % 30 == 13 ? "" : "REGION-" + (i % 30));
            assertThat(row[7]).isEqualTo("已评价");
            assertThat(cell(row, 9)).isEmpty();
            assertThat(((Number) row[13]).doubleValue()).isEqualTo(1.0);
        }
        // every id asked for once in all, and no more look-ups than kinds times batches
        Map<NameKind, List<Long>> asked = new HashMap<>();
        lookups.forEach(l -> asked.computeIfAbsent(l.getKey(), k -> new ArrayList<>()).addAll(l.getValue()));
        asked.values().forEach(ids -> assertThat(ids).doesNotHaveDuplicates());
        assertThat(asked.get(NameKind.DEPUTY)).hasSize(32); // 100 … 139 but those of rows without a deputy (every fifth)
        assertThat(lookups.size()).isLessThanOrEqualTo(4 * 3);
    }

    private static String cell(Object[] row, int i) {
        return row[i] == null ? "" : row[i].toString();
    }
}
