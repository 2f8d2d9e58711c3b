package org.mashang;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * For a test class whose tests each make their own streets: {@code @RegisterExtension final PerTestData data = new
 * PerTestData();} gives each test a {@link TestData} of the application under test and retires its streets after it.
 */
public final class PerTestData implements BeforeEachCallback, AfterEachCallback {

    private TestData current;

    @Override
    public void beforeEach(ExtensionContext context) {
        current = TestData.of(SpringExtension.getApplicationContext(context).getBean(MockMvc.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        current.close();
    }

    public TestData.StreetBuilder street() {
        return current.street();
    }
}
