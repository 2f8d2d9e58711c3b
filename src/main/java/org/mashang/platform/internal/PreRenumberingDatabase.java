package org.mashang.platform.internal;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An embedded database migrated under the old block numbering (V50__receptions applied) is dropped and made anew. */
final class PreRenumberingDatabase {

    private static final Logger log = LoggerFactory.getLogger(PreRenumberingDatabase.class);

    private final JdbcClient jdbc;

    PreRenumberingDatabase(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    void dropIfFound() {
        boolean hasHistory = jdbc.sql("select to_regclass('public.flyway_schema_history') is not null")
                .query(Boolean.class).single();
        if (!hasHistory) {
            return;
        }
        boolean oldNumbering = jdbc.sql("""
                        select exists (select 1 from flyway_schema_history where script = 'V50__receptions.sql')""")
                .query(Boolean.class).single();
        if (oldNumbering) {
            log.warn("The embedded database was made with the old migration numbering; recreating it (demo data reloads)");
            jdbc.sql("drop schema public cascade").update();
            jdbc.sql("create schema public").update();
        }
    }
}
