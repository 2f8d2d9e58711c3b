package org.mashang;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Replaces the application's clock with one tests can set. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    @Bean
    TestClock clock() {
        return new TestClock();
    }
}
