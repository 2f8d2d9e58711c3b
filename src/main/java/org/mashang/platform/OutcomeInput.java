package org.mashang.platform;

/**
 * One line of outcomes as typed: a fixed {@link Indicator} with its amount, or a freely named one with its unit.
 * A line left empty is ignored.
 */
public record OutcomeInput(Indicator indicator, String name, String amount, String unit) {
}
