package org.mashang.stats.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures the liaison station reports to the public each year, computed from the records: residents received at
 * receptions, forums and their attendance, the "5+1" activities, issues solved, money recovered, the deputies who
 * received residents; {@code followedUp}: of the evaluations, those staff took by phone (回访). {@code stations}: a row
 * per station of the place, or only the busiest when there are more than a phone's page can list (a province's 2,000
 * made the page 440 KB), out of {@code stationsInAll}.
 */
public record PublicFigures(int year, String placeName, long messagesReceived, long issuesSolved, Double satisfactionPercent,
                            long followedUp,
                            long receptions, long residentsReceived, long deputiesWhoReceived, long forums, long forumAttendance,
                            List<KindCount> activities, BigDecimal moneyRecovered, List<OutcomeSum> outcomes, List<StationRow> stations,
                            int stationsInAll) {

    public record KindCount(String kind, String label, long count, long attendance) {
    }

    public record OutcomeSum(String indicator, String unit, BigDecimal amount) {

        public String amountText() {
            return amount.stripTrailingZeros().toPlainString();
        }
    }

    public record StationRow(long stationId, String name, long residentsReceived, long forums, long forumAttendance,
                             long issuesSolved) {
    }

    public String moneyRecoveredText() {
        return moneyRecovered.stripTrailingZeros().toPlainString();
    }
}
