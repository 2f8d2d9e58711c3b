package org.mashang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migrations form one ascending sequence in the order they were added. {@code db/migration-history.txt}
 * (test resources) lists every migration ever added, oldest first; a new migration is appended to it. The check
 * fails when a migration is missing from the history, when the history goes down (a database migrated in between
 * would refuse the lower one), or when a listed migration disappeared (it may already be applied somewhere).
 */
@UnitTest
class MigrationOrderTests {

    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.+\\.sql$");

    @Test
    void everyMigrationIsInTheHistoryAndTheHistoryOnlyGoesUp() throws IOException {
        assertThat(problems(history(), migrationFiles())).isEmpty();
    }

    @Test
    void theCheckCatchesAMigrationNumberedBelowAnEarlierOne() {
        List<String> history = List.of("V1__a.sql", "V9__b.sql", "V10__c.sql", "V8__late.sql");
        assertThat(problems(history, new TreeSet<>(history)))
                .containsExactly("V8__late.sql comes after V10__c.sql: take the next number above the highest");
    }

    @Test
    void theCheckCatchesAMigrationLeftOutOfTheHistoryOrRemoved() {
        assertThat(problems(List.of("V1__a.sql", "V2__b.sql"), Set.of("V1__a.sql", "V3__c.sql")))
                .containsExactly("V3__c.sql is not in db/migration-history.txt: append it",
                        "V2__b.sql is in the history but no longer exists");
    }

    static List<String> problems(List<String> history, Set<String> files) {
        List<String> problems = new ArrayList<>();
        files.stream().filter(f -> !history.contains(f)).sorted()
                .forEach(f -> problems.add(f + " is not in db/migration-history.txt: append it"));
        history.stream().filter(f -> !files.contains(f))
                .forEach(f -> problems.add(f + " is in the history but no longer exists"));
        long highest = 0;
        String highestFile = null;
        for (String file : history) {
            long version = version(file);
            if (version <= highest) {
                problems.add(file + " comes after " + highestFile + ": take the next number above the highest");
            } else {
                highest = version;
                highestFile = file;
            }
        }
        return problems;
    }

    private static long version(String file) {
        Matcher m = VERSION.matcher(file);
        assertThat(m.matches()).as("%s is not named V<number>__<name>.sql", file).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<String> history() throws IOException {
        var resource = new PathMatchingResourcePatternResolver().getResource("classpath:db/migration-history.txt");
        List<String> lines = new ArrayList<>();
        for (String line : resource.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static Set<String> migrationFiles() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql");
        Set<String> names = new TreeSet<>();
        Arrays.stream(resources).map(Resource::getFilename).forEach(names::add);
        return names;
    }
}
