package org.mashang.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code SPRING_DATASOURCE_READ_URL} set (a streaming replica of the database), read-only transactions — the wall,
 * the workbenches' lists, statistics — run on the replica, everything else on the primary. A person who has just
 * changed something keeps reading from the primary until the replica has replayed their change ({@link ReadYourWrites}),
 * so nobody sees their own step undone by the replica's lag.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.datasource.read.url")
class ReadReplicaConfiguration {

    /** Wraps the application's (guarded) DataSource: a connection is taken when first used, from the replica when read-only. */
    @Bean
    static BeanPostProcessor readReplicaRouting(@Value("${spring.datasource.read.url}") String url,
                                                @Value("${spring.datasource.read.username:${spring.datasource.username:postgres}}") String username,
                                                @Value("${spring.datasource.read.password:${spring.datasource.password:}}") String password,
                                                @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
                                                @Value("${mashang.database.web-statement-timeout:10s}") Duration statementTimeout) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof DataSource ds) || bean instanceof ReplicatedDataSource || !name.equals("dataSource")) {
                    return bean;
                }
                // guarded before routing: guarding a lazy connection would fetch it before its read-only flag is known
                GuardedDataSource primary = ds instanceof GuardedDataSource g ? g : new GuardedDataSource(ds, statementTimeout);
                HikariDataSource replica = new HikariDataSource();
                replica.setPoolName("replica");
                replica.setJdbcUrl(url);
                replica.setUsername(username);
                replica.setPassword(password);
                replica.setMaximumPoolSize(poolSize);
                replica.setConnectionTimeout(2000);
                replica.setReadOnly(true);
                ReadYourWrites.Routing routing = new ReadYourWrites.Routing(new GuardedDataSource(replica, statementTimeout), primary);
                LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy(primary);
                proxy.setReadOnlyDataSource(routing);
                return new ReplicatedDataSource(proxy, primary, replica);
            }
        };
    }

    @Bean
    FilterRegistrationBean<ReadYourWrites> readYourWrites(ReplicaPositions positions) {
        FilterRegistrationBean<ReadYourWrites> registration = new FilterRegistrationBean<>(new ReadYourWrites(positions));
        registration.setOrder(EdgeConfiguration.OUTAGE_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    ReplicaPositions replicaPositions(DataSource dataSource) {
        ReplicatedDataSource replicated = (ReplicatedDataSource) dataSource;
        return new ReplicaPositions(replicated.primary(), replicated.replica());
    }

    /** The routing DataSource, knowing both ends for the replay check. */
    static final class ReplicatedDataSource extends org.springframework.jdbc.datasource.DelegatingDataSource
            implements org.springframework.beans.factory.DisposableBean {

        private final DataSource primary;
        private final HikariDataSource replica;

        ReplicatedDataSource(DataSource routing, DataSource primary, HikariDataSource replica) {
            super(routing);
            this.primary = primary;
            this.replica = replica;
        }

        DataSource primary() {
            return primary;
        }

        DataSource replica() {
            return replica;
        }

        @Override
        public void destroy() {
            replica.close();
        }
    }
}
