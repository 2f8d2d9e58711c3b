package org.mashang.platform;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of a state machine (a case's, an assignment's, a proposal's): which action may follow which state, and the
 * state it leads to. Filled once when its lifecycle is loaded, then only read.
 */
public final class Transitions<S extends Enum<S>, A extends Enum<A>> {

    private final Map<S, Map<A, S>> table;
    private final Class<A> actions;

    public Transitions(Class<S> states, Class<A> actions) {
        this.table = new EnumMap<>(states);
        this.actions = actions;
    }

    public void allow(S from, A action, S to) {
        table.computeIfAbsent(from, s -> new EnumMap<>(actions)).put(action, to);
    }

    /** The state after the action, or empty when the action may not follow the state. */
    public Optional<S> after(S current, A action) {
        return Optional.ofNullable(table.getOrDefault(current, Map.of()).get(action));
    }

    public boolean allows(S current, A action) {
        return table.getOrDefault(current, Map.of()).containsKey(action);
    }

    public Set<A> allowed(S current) {
        return Collections.unmodifiableSet(table.getOrDefault(current, Map.of()).keySet());
    }
}
