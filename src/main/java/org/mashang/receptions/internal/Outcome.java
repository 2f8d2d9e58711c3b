package org.mashang.receptions.internal;

import java.math.BigDecimal;

/** What came of an activity, in figures: 挽回经济损失 12000 元. */
public record Outcome(String indicator, BigDecimal amount, String unit) {

    public String amountText() {
        return amount.stripTrailingZeros().toPlainString();
    }
}
