package org.mashang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the embedded PostgreSQL with the demo data, driven through MockMvc.
 * All integration tests share this one configuration so Spring starts it once per run. Its clock is a
 * {@link TestClock}: real time unless a test sets it (and resets it afterwards).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
public @interface IntegrationTest {
}
