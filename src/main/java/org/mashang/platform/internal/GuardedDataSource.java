package org.mashang.platform.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.mashang.platform.DaemonThreads;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource, wrapped so that a person never waits long on the database: a connection taken while
 * serving a request gets a statement timeout (server side) and a network timeout a little longer (for a server that
 * no longer answers at all), and while the request holds it, it can be aborted at once when the database is found
 * gone ({@link #abortInUse}), so the request answers 503 instead of hanging. A connection goes back to the pool with
 * its request's statement timeout; one taken by a scheduled job or a migration has it removed again first.
 */
class GuardedDataSource extends DelegatingDataSource {

    private final Duration statementTimeout;
    private final Set<Connection> inUse = ConcurrentHashMap.newKeySet();
    /** The server connections (unwrapped) that carry a request's statement timeout. */
    private final Map<Object, Boolean> webTimeout = Collections.synchronizedMap(new WeakHashMap<>());
    private final ExecutorService executor = Executors.newCachedThreadPool(DaemonThreads.named("db-abort"));

    GuardedDataSource(DataSource target, Duration statementTimeout) {
        super(target);
        this.statementTimeout = statementTimeout;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guard(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guard(super.getConnection(username, password));
    }

    private Connection guard(Connection c) throws SQLException {
        boolean web = WebRequests.active();
        if (web) {
            // before any statement, even the one setting the timeout: a frozen server must not hold a person unbounded
            c.setNetworkTimeout(executor, (int) statementTimeout.plusSeconds(2).toMillis());
            inUse.add(c);
        }
        try {
            Object server = c.isWrapperFor(org.postgresql.PGConnection.class) ? c.unwrap(org.postgresql.PGConnection.class) : c;
            if (web != webTimeout.containsKey(server)) {
                try (Statement s = c.createStatement()) {
                    s.execute(web ? "set statement_timeout = " + statementTimeout.toMillis() : "set statement_timeout = default");
                }
                if (web) {
                    webTimeout.put(server, Boolean.TRUE);
                } else {
                    webTimeout.remove(server);
                }
            }
        } catch (SQLException | RuntimeException e) {
            inUse.remove(c);
            c.close();
            throw e;
        }
        if (!web) {
            return c;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        inUse.remove(c);
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Ends every request's wait on the database at once (it was found unreachable); @return how many were waiting */
    int abortInUse() {
        int aborted = 0;
        for (Connection c : inUse) {
            try {
                c.abort(executor);
                aborted++;
            } catch (SQLException | RuntimeException e) {
                // already closed
            }
            inUse.remove(c);
        }
        return aborted;
    }
}
