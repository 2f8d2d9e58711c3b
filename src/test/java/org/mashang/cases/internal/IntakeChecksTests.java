package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.directory.StationCard;
import org.mashang.platform.FieldProblem;

/** Where a message goes and its text: the same rules for the intake desk and other platforms, in each one's words. */
@UnitTest
class IntakeChecksTests {

    static final IntakeChecks.Words WORDS = new IntakeChecks.Words("deputy", "category", "block", "no text");

    /** Station 1 in street 10: deputy 7 serves there, category 3 is active, block 20 lies in the street. */
    private final Directory directory = mock(Directory.class, CALLS_REAL_METHODS);
    private final StationCard station = mock(StationCard.class);

    IntakeChecksTests() {
        DeputyCard deputy = mock(DeputyCard.class);
        when(deputy.id()).thenReturn(7L);
        when(station.id()).thenReturn(1L);
        when(station.streetId()).thenReturn(10L);
        when(directory.deputiesOfStation(1L, true)).thenReturn(List.of(deputy));
        when(directory.activeCategories()).thenReturn(List.of(new Ref(3, "市容环境")));
        when(directory.blocksOfStreet(10L)).thenReturn(List.of(new Ref(20, "第1区块")));
    }

    @Test
    void aMessageToTheStationsDeputyInAnActiveCategoryAndABlockOfItsStreetPassesWithItsTextCleaned() {
        assertThat(IntakeChecks.message(directory, station, 7L, 3, 20L, "  路灯不亮\r\n", WORDS)).isEqualTo("路灯不亮");
        assertThat(IntakeChecks.message(directory, station, null, 3, null, "路灯不亮", WORDS)).isEqualTo("路灯不亮");
    }

    @Test
    void eachFailedRuleNamesItsFieldInThePathsWords() {
        assertProblem(() -> IntakeChecks.message(directory, station, 8L, 3, null, "x", WORDS), "deputyId", "deputy");
        assertProblem(() -> IntakeChecks.message(directory, station, null, 4, null, "x", WORDS), "categoryId", "category");
        assertProblem(() -> IntakeChecks.message(directory, station, null, 3, 21L, "x", WORDS), "blockId", "block");
        assertProblem(() -> IntakeChecks.message(directory, station, null, 3, null, "  ", WORDS), "text", "no text");
        assertProblem(() -> IntakeChecks.message(directory, station, null, 3, null, "长".repeat(IntakeChecks.MAX_TEXT + 1), WORDS),
                "text", "问题描述不能超过 2000 字");
        assertThat(IntakeChecks.message(directory, station, null, 3, null, "长".repeat(IntakeChecks.MAX_TEXT), WORDS))
                .hasSize(IntakeChecks.MAX_TEXT);
    }

    private static void assertProblem(Runnable check, String field, String message) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(FieldProblem.class, p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.getMessage()).isEqualTo(message);
        });
    }
}
