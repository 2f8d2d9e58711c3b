package org.mashang.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of outcomes on a form, bound field by field: a common indicator (fixed, set by the form, not posted back)
 * or one named on the line. Used by the activity form and the deputy's final reply to a case.
 */
public class OutcomeLine {

    private Indicator indicator;
    private String name;
    private String amount;
    private String unit;

    /**
     * A line for each common indicator, then {@code freeLines} to name others. The indicators are set here, not posted
     * back: a multipart form may have only so many parts (Tomcat's limit), so the form sends only what people type.
     */
    public static List<OutcomeLine> blank(int freeLines) {
        List<OutcomeLine> lines = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            OutcomeLine line = new OutcomeLine();
            line.setIndicator(indicator);
            lines.add(line);
        }
        for (int i = 0; i < freeLines; i++) {
            lines.add(new OutcomeLine());
        }
        return lines;
    }

    /** The lines as typed, for {@link Outcomes#parse(List)}. */
    public static List<OutcomeInput> inputs(List<OutcomeLine> lines) {
        return lines == null ? List.of()
                : lines.stream().map(l -> l == null ? null : new OutcomeInput(l.getIndicator(), l.getName(), l.getAmount(), l.getUnit()))
                        .toList();
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public void setIndicator(Indicator indicator) {
        this.indicator = indicator;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
