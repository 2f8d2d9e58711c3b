package org.mashang.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on another thread as soon as the configuration is known, so that it comes up while
 * Spring reads its configuration classes instead of after them (a second or two of a cold start). The data source
 * waits for it; if it fails here, the data source tries again and reports the error. Registered in
 * {@code META-INF/spring.factories}, since it must run before the application context exists.
 */
class EarlyEmbeddedDatabaseStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedDatabaseStart.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        // the build's ahead-of-time processing reads the configuration classes only: no database is started for it
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url")) || Boolean.getBoolean("spring.aot.processing")) {
            return;
        }
        EmbeddedDatabaseProperties properties = Binder.get(environment)
                .bindOrCreate("mashang.embedded", EmbeddedDatabaseProperties.class);
        Thread start = new Thread(() -> {
            try {
                EmbeddedPostgresServer.obtain(properties);
            } catch (RuntimeException e) {
                log.debug("Early start of the embedded PostgreSQL failed; the data source will try again", e);
            }
        }, "embedded-postgres-start");
        start.setDaemon(true);
        start.start();
    }
}
