package org.mashang.platform;

import java.util.Arrays;
import java.util.function.Predicate;

/** The names of an enum's constants a rule holds for, to bind in SQL ({@code state = any(:states)}) instead of literals. */
public final class EnumNames {

    private EnumNames() {
    }

    public static <E extends Enum<E>> String[] where(E[] values, Predicate<E> rule) {
        return Arrays.stream(values).filter(rule).map(Enum::name).toArray(String[]::new);
    }
}
