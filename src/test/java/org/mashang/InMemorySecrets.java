package org.mashang;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.mashang.platform.ServerSecrets;

/** Server secrets kept in a map, for tests that build a component with secrets of their own. */
public class InMemorySecrets implements ServerSecrets {

    public final Map<String, String> stored = new HashMap<>();

    @Override
    public String get(String name, Supplier<String> generator) {
        return stored.computeIfAbsent(name, n -> generator.get());
    }

    @Override
    public String find(String name) {
        return stored.get(name);
    }
}
