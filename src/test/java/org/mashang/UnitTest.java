package org.mashang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A test of pure rules and helpers: no Spring, no database, no server. Such tests run in parallel with each other and
 * alone with {@code ./mvnw test -Dgroups=unit} (the fast layer, seconds); {@link TestLayersTests} checks every test
 * class says which layer it belongs to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("unit")
@Execution(ExecutionMode.CONCURRENT)
public @interface UnitTest {
}
