package org.mashang;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * The test database need not survive a power cut: it is wiped at the start of every run. So once the first application
 * context of a test run is up, its server stops flushing each commit to the disk ({@code fsync}, full-page writes off),
 * which is where a test run's database time went. A killed server process loses nothing this way (the operating system
 * still writes what it was given); only a crash of the whole machine would. Production and the demo keep the durable
 * settings (EmbeddedPostgresServer; EmbeddedDatabaseTests checks them on a server of its own). Registered for every
 * application a test starts, in {@code META-INF/spring.factories} of the test classpath.
 */
public class NonDurableTestDatabase implements ApplicationListener<ContextRefreshedEvent> {

    private static final Set<String> DONE = ConcurrentHashMap.newKeySet();

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        DataSource dataSource = event.getApplicationContext().getBeanProvider(DataSource.class).getIfUnique();
        if (dataSource == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!DONE.add(connection.getMetaData().getURL())) {
                return;
            }
            statement.execute("alter system set fsync = off");
            statement.execute("alter system set full_page_writes = off");
            statement.execute("select pg_reload_conf()");
            LoggerFactory.getLogger(NonDurableTestDatabase.class).info("The test database at {} no longer waits for the disk "
                    + "on each commit (fsync off, for this test run)", connection.getMetaData().getURL());
        } catch (SQLException e) {
            // a database the tests may not reconfigure: they run as they are, only slower
            LoggerFactory.getLogger(NonDurableTestDatabase.class).warn("The test database keeps fsync on: {}", e.getMessage());
        }
    }
}
