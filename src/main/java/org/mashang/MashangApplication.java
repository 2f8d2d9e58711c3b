package org.mashang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;
import org.springframework.modulith.Modulithic;

/**
 * Mashang (码上找代表): the 24-hour smart deputy liaison station.
 * One application, one module per top-level package; {@code platform} is the shared kernel.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "platform")
public class MashangApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(MashangApplication.class);
        if (Boolean.getBoolean("mashang.startup.jfr")) {
            // each step of a start (a bean created, a configuration read) as a JFR event, to find what makes it slow
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        application.run(args);
    }
}
