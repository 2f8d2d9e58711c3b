package org.mashang.calendar;

/**
 * How long a stage's clock runs: in working hours ({@code 2h}, counted in the working day's hours) or working days
 * ({@code 3d}, counted as {@link WorkingCalendar#deadline}).
 */
public record ClockLength(int amount, boolean hours) {

    public ClockLength {
        if (amount < 1 || amount > (hours ? 480 : 60)) {
            throw new IllegalArgumentException("a clock runs 1 to " + (hours ? "480 working hours" : "60 working days") + ", not "
                    + amount);
        }
    }

    /** {@code 2h} or {@code 3d}; null or blank for none. @throws IllegalArgumentException for anything else */
    public static ClockLength parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        char unit = t.charAt(t.length() - 1);
        if ((unit != 'h' && unit != 'd') || t.length() < 2) {
            throw new IllegalArgumentException("a clock length is working hours or days, like 2h or 3d, not " + text);
        }
        try {
            return new ClockLength(Integer.parseInt(t.substring(0, t.length() - 1)), unit == 'h');
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a clock length is working hours or days, like 2h or 3d, not " + text, e);
        }
    }

    /** As people read it: 2 个工作小时, 3 个工作日. */
    public String label() {
        return amount + (hours ? " 个工作小时" : " 个工作日");
    }
}
