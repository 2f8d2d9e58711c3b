package org.mashang.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The zero-setup default: with no {@code spring.datasource.url} (env SPRING_DATASOURCE_URL),
 * the application runs its own PostgreSQL from the embedded binaries.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.obtain(properties);
    }

    /** Waits at most 2 s for a connection, so that a database gone is a quick 503, not a request hanging for 30 s. */
    @Bean
    DataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setPassword(server.password());
        dataSource.setPoolName("embedded");
        dataSource.setMaximumPoolSize(properties.maxPoolSize());
        dataSource.setConnectionTimeout(properties.connectionTimeout().toMillis());
        dataSource.setValidationTimeout(1000);
        dataSource.addDataSourceProperty("connectTimeout", "2");
        return dataSource;
    }

    /** Demo data comes with the zero-setup default only, never into an external (production) database. */
    @Bean
    FlywayConfigurationCustomizer demoDataLocation(@Value("${mashang.demo.enabled:true}") boolean demo) {
        return configuration -> {
            if (demo) {
                List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
                locations.add(new Location("classpath:db/demo"));
                configuration.locations(locations.toArray(Location[]::new));
            }
        };
    }

    /**
     * The migrations were renumbered into one ascending sequence (V1…V17) before any production database existed;
     * an embedded database made with the old block numbering (V20, V30…, V50) is recreated instead of failing.
     */
    @Bean
    FlywayMigrationStrategy recreateBeforeRenumbering() {
        return flyway -> {
            new PreRenumberingDatabase(flyway.getConfiguration().getDataSource()).dropIfFound();
            flyway.migrate();
        };
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
