package org.mashang.platform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns the outcome lines of a form (an activity's, a case's final reply) into figures, naming the field of the first problem. */
public final class Outcomes {

    static final BigDecimal MAX = new BigDecimal("999999999999.99");
    static final int MAX_NAME = 20;
    static final int MAX_UNIT = 6;
    static final int MAX_LINES = 20;

    private Outcomes() {
    }

    public static List<Outcome> parse(List<OutcomeInput> lines) {
        List<Outcome> result = new ArrayList<>();
        if (lines == null) {
            return result;
        }
        if (lines.size() > MAX_LINES) {
            throw new FieldProblem("outcomes", "成效最多填写 " + MAX_LINES + " 项");
        }
        for (int i = 0; i < lines.size(); i++) {
            OutcomeInput line = lines.get(i);
            if (line == null) {
                continue;
            }
            String field = "outcomes[" + i + "].";
            String amount = Texts.clean(line.amount());
            if (line.indicator() != null) {
                if (amount != null) {
                    Indicator ind = line.indicator();
                    result.add(new Outcome(ind.label(), amount(amount, ind.fractional(), field + "amount"), ind.unit()));
                }
                continue;
            }
            String name = Texts.clean(line.name());
            String unit = Texts.clean(line.unit());
            if (name == null && unit == null && amount == null) {
                continue;
            }
            if (name == null || name.length() > MAX_NAME) {
                throw new FieldProblem(field + "name", name == null ? "请填写成效的名称，如“修复道路”" : "名称不能超过 " + MAX_NAME + " 个字");
            }
            if (unit == null || unit.length() > MAX_UNIT) {
                throw new FieldProblem(field + "unit", unit == null ? "请填写单位，如“米”“户”" : "单位不能超过 " + MAX_UNIT + " 个字");
            }
            if (amount == null) {
                throw new FieldProblem(field + "amount", "请填写数量");
            }
            result.add(new Outcome(name, amount(amount, true, field + "amount"), unit));
        }
        return result;
    }

    private static BigDecimal amount(String text, boolean fractional, String field) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace(",", "").replace("，", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new FieldProblem(field, "请填写数字，如 12000 或 3.5");
        }
        if (value.signum() <= 0) {
            throw new FieldProblem(field, "数量应大于 0；没有就不填");
        }
        if (value.compareTo(MAX) > 0) {
            throw new FieldProblem(field, "数量太大，请核对");
        }
        if (value.stripTrailingZeros().scale() > (fractional ? 2 : 0)) {
            throw new FieldProblem(field, fractional ? "最多保留两位小数" : "请填写整数");
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
