package org.mashang.stats.internal;

import java.util.List;

/**
 * Deputies' proposals submitted in a period: how many were answered, on time, in which class, and how satisfied the
 * deputies were; by congress session and by lead unit.
 */
public record ProposalFigures(Row totals, List<Row> bySession, List<Row> byUnit) {

    /** @param satisfied 满意 or 基本满意 */
    public record Row(String name, long submitted, long assigned, long answered, long onTime, long classA, long classB, long classC,
                      long classD, long evaluated, long satisfied, long unsatisfied) {

        public Double onTimePercent() {
            return Figures.percent(onTime, answered);
        }

        public Double satisfactionPercent() {
            return Figures.percent(satisfied, evaluated);
        }
    }
}
