package org.mashang.receptions.web;

import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mashang.platform.FieldProblem;
import org.mashang.receptions.ScheduleRules;

/** A station's reception-day rules: days of the month typed as "15" or "1,15", days of the week ticked. */
public class RulesForm {

    @Size(max = 100, message = "每月的日期写得太长了")
    private String monthDays;

    private List<Integer> weekdays = new ArrayList<>();

    static RulesForm of(ScheduleRules rules) {
        RulesForm form = new RulesForm();
        form.monthDays = String.join(",", rules.monthDays().stream().map(String::valueOf).toList());
        form.weekdays = new ArrayList<>(rules.weekdays().stream().map(DayOfWeek::getValue).toList());
        return form;
    }

    ScheduleRules rules() {
        TreeSet<Integer> days = new TreeSet<>();
        String text = monthDays == null ? "" : monthDays.replace('，', ',').replace('、', ',').replace(' ', ',');
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int day;
            try {
                day = Integer.parseInt(part.strip().replace("日", "").replace("号", ""));
            } catch (NumberFormatException e) {
                throw new FieldProblem("monthDays", "每月的日期请写数字，用逗号分隔，如 15 或 1,15");
            }
            if (day < 1 || day > ScheduleRules.LAST_MONTH_DAY) {
                throw new FieldProblem("monthDays", "每月的日期应在 1 到 28 之间（每个月都有的日子）");
            }
            days.add(day);
        }
        TreeSet<DayOfWeek> week = new TreeSet<>();
        for (Integer d : weekdays == null ? List.<Integer>of() : weekdays) {
            if (d == null || d < 1 || d > 7) {
                throw new FieldProblem("weekdays", "请从周一到周日中选择");
            }
            week.add(DayOfWeek.of(d));
        }
        return new ScheduleRules(days, week);
    }

    public String getMonthDays() {
        return monthDays;
    }

    public void setMonthDays(String monthDays) {
        this.monthDays = monthDays;
    }

    public List<Integer> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<Integer> weekdays) {
        this.weekdays = weekdays == null ? new ArrayList<>() : weekdays;
    }
}
