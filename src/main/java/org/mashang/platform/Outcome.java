package org.mashang.platform;

import java.math.BigDecimal;

/** What came of an activity or a case, in figures: 挽回经济损失 12000 元 (one activity's or case's, or summed). */
public record Outcome(String indicator, BigDecimal amount, String unit) {

    /** The amount without trailing zeros: 12000, 3.5. */
    public String amountText() {
        return amount.stripTrailingZeros().toPlainString();
    }
}
