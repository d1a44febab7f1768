package io.zpl.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The one way this application opens MariaDB: migrated by Flyway, used through Jdbi. */
public final class Database {

    private Database() {}

    /**
     * What every connection pool of the application sets.
     *
     * <p>READ COMMITTED takes no gap locks: under MariaDB's default REPEATABLE READ, concurrent writers of neighbouring
     * rows (64 profile syncs refreshing their links' search words, ingest creating links) lock each other's gaps and
     * deadlock. Nothing here relies on a snapshot across statements; what must not change is locked ({@code FOR
     * UPDATE}).
     *
     * <p>Statements are prepared on the client (the driver's default). Server-side prepared statements gave the send
     * guard about 15 % more resolves, but made the first page of a common-name audit search twice as slow (cause not
     * yet found; docs/BENCHMARKS.md).
     */
    public static void configure(HikariConfig pool) {
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public static Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        jdbi.setStatementBuilderFactory(connection -> new FastStatementBuilder());
        return jdbi;
    }
}
