package org.mashang;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * For a test class whose tests can share one street of their own (they do not count or change what the others look
 * at): {@code @RegisterExtension static final PerClassData data = new PerClassData(s -> s.deputies(2));} makes the
 * street once before the class's first test and retires it after its last, so a class pays for one street, not one
 * per test ({@link PerTestData}).
 */
public final class PerClassData implements BeforeAllCallback, AfterAllCallback {

    private final UnaryOperator<TestData.StreetBuilder> shape;
    private TestData data;
    private TestData.Street street;

    /** One street as {@link TestData#street()} makes it by default: one deputy, one street office. */
    public PerClassData() {
        this(UnaryOperator.identity());
    }

    /** One street described by {@code shape} (deputies, offices, upper levels…). */
    public PerClassData(UnaryOperator<TestData.StreetBuilder> shape) {
        this.shape = shape;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        data = TestData.of(SpringExtension.getApplicationContext(context).getBean(MockMvc.class));
        street = shape.apply(data.street()).create();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        data.close();
    }

    /** The class's street. */
    public TestData.Street street() {
        return street;
    }

    /** Another street of the class (in the same district when described with {@code nextTo}), retired with the first. */
    public TestData.StreetBuilder another() {
        return data.street();
    }
}
