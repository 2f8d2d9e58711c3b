package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** The outcome lines of the activity form as typed, turned into figures or refused naming the field. */
@UnitTest
class OutcomesTests {

    static OutcomeInput fixed(Indicator indicator, String amount) {
        return new OutcomeInput(indicator, null, amount, null);
    }

    static OutcomeInput free(String name, String amount, String unit) {
        return new OutcomeInput(null, name, amount, unit);
    }

    static void refused(List<OutcomeInput> lines, String field, String message) {
        assertThatThrownBy(() -> Outcomes.parse(lines)).isInstanceOf(FieldProblem.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((FieldProblem) e).field()).isEqualTo(field));
    }

    @Test
    void fixedAndFreeLinesBecomeFiguresWithTheirUnits() {
        List<Outcome> outcomes = Outcomes.parse(List.of(
                fixed(Indicator.MONEY_RECOVERED, "18,870,000.50"),
                fixed(Indicator.PEOPLE_HELPED, " 1448 "),
                free("修复道路", "3.5", "公里")));
        assertThat(outcomes).containsExactly(
                new Outcome("挽回经济损失", new BigDecimal("18870000.50"), "元"),
                new Outcome("帮助群众", new BigDecimal("1448.00"), "人"),
                new Outcome("修复道路", new BigDecimal("3.50"), "公里"));
    }

    @Test
    void emptyLinesAndFixedLinesWithoutAmountAreLeftOut() {
        List<OutcomeInput> lines = new ArrayList<>(Arrays.asList(null, fixed(Indicator.LAMPS_INSTALLED, " "), free(" ", null, "")));
        assertThat(Outcomes.parse(lines)).isEmpty();
        assertThat(Outcomes.parse(null)).isEmpty();
    }

    @Test
    void amountsAreCheckedForTheirKind() {
        refused(List.of(fixed(Indicator.PEOPLE_HELPED, "2.5")), "outcomes[0].amount", "请填写整数");
        refused(List.of(fixed(Indicator.MONEY_RECOVERED, "1.005")), "outcomes[0].amount", "最多保留两位小数");
        refused(List.of(fixed(Indicator.MONEY_RECOVERED, "十万")), "outcomes[0].amount", "请填写数字");
        refused(List.of(fixed(Indicator.MONEY_RECOVERED, "0")), "outcomes[0].amount", "数量应大于 0");
        refused(List.of(fixed(Indicator.MONEY_RECOVERED, "-3")), "outcomes[0].amount", "数量应大于 0");
        refused(List.of(fixed(Indicator.MONEY_RECOVERED, "1000000000000")), "outcomes[0].amount", "数量太大");
        assertThat(Outcomes.parse(List.of(fixed(Indicator.MONEY_RECOVERED, "999999999999.99")))).hasSize(1);
    }

    @Test
    void aFreeLineNeedsNameUnitAndAmountWithinTheirLengths() {
        refused(List.of(fixed(Indicator.PEOPLE_HELPED, "3"), free(null, "2", "处")), "outcomes[1].name", "请填写成效的名称");
        refused(List.of(free("修", "2", null)), "outcomes[0].unit", "请填写单位");
        refused(List.of(free("修", null, "处")), "outcomes[0].amount", "请填写数量");
        refused(List.of(free("修".repeat(Outcomes.MAX_NAME + 1), "2", "处")), "outcomes[0].name", "名称不能超过");
        refused(List.of(free("修", "2", "处".repeat(Outcomes.MAX_UNIT + 1))), "outcomes[0].unit", "单位不能超过");
    }

    @Test
    void atMostTwentyLines() {
        List<OutcomeInput> many = Collections.nCopies(Outcomes.MAX_LINES + 1, free("修", "1", "处"));
        refused(many, "outcomes", "成效最多填写 20 项");
        assertThat(Outcomes.parse(many.subList(0, Outcomes.MAX_LINES))).hasSize(Outcomes.MAX_LINES);
    }
}
