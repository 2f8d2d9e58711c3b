package org.mashang.calendar.internal;

import java.util.SortedMap;
import java.util.SortedSet;

/**
 * @param daysByYear    the days imported, by year
 * @param replacedYears the years cleared before the import
 * @param removed       the days removed by clearing those years
 */
public record ImportResult(SortedMap<Integer, Integer> daysByYear, SortedSet<Integer> replacedYears, int removed) {

    public int days() {
        return daysByYear.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** 已导入 142 天：2022 年 1 天，2023 年 33 天 …（整年替换 2023、2024 年） */
    public String summary() {
        StringBuilder text = new StringBuilder("已导入 ").append(days()).append(" 天：");
        daysByYear.forEach((year, n) -> text.append(year).append(" 年 ").append(n).append(" 天，"));
        text.setLength(text.length() - 1);
        if (!replacedYears.isEmpty()) {
            text.append("。已整年替换 ").append(String.join("、", replacedYears.stream().map(String::valueOf).toList()))
                    .append(" 年（原有 ").append(removed).append(" 天先删除）");
        }
        return text.append("。").toString();
    }
}
