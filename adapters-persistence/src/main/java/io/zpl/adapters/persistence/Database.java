package io.zpl.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The one way this application opens MariaDB: migrated by Flyway, used through Jdbi. */
public final class Database {

    private static final String COLLATION = "utf8mb4_unicode_ci";
    private static final int PREPARED_PER_CONNECTION = 100;

    private Database() {}

    /**
     * What every connection pool of the application sets.
     *
     * <p>READ COMMITTED takes no gap locks: under MariaDB's default REPEATABLE READ, concurrent writers of neighbouring
     * rows (64 profile syncs refreshing their links' search words, ingest creating links) lock each other's gaps and
     * deadlock. Nothing here relies on a snapshot across statements; what must not change is locked ({@code FOR
     * UPDATE}).
     *
     * <p>Statements are prepared on the server: MariaDB parses each statement text once per connection instead of on
     * every execution: 15–31 % more send-guard resolves per second on the same two cores (docs/BENCHMARKS.md). Each
     * connection keeps at most {@value #PREPARED_PER_CONNECTION} of them: past the server's
     * {@code max_prepared_stmt_count} the driver waits forever instead of failing (docs/OPERATIONS.md).
     */
    public static void configure(HikariConfig pool) {
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pool.addDataSourceProperty("useServerPrepStmts", "true");
        pool.addDataSourceProperty("prepStmtCacheSize", Integer.toString(PREPARED_PER_CONNECTION));
    }

    public static void migrate(DataSource dataSource) {
        requireUnicodeCollation(dataSource);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /**
     * The stored routines take the database's default collation when they are created, and compare with columns that
     * are {@value #COLLATION}: on a database created with the server's default (often {@code utf8mb4_general_ci}) every
     * new link would fail with "Illegal mix of collations". An empty database is set right; one that already holds
     * tables is refused with how to mend it.
     */
    private static void requireUnicodeCollation(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("""
                        SELECT SCHEMA_NAME, DEFAULT_COLLATION_NAME,
                               (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = SCHEMA_NAME) AS tables
                        FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()
                        """)) {
            if (!rs.next()) {
                throw new UnsuitableDatabaseException(
                        "the database URL names no database: add its name after the last /");
            }
            String name = rs.getString(1);
            String collation = rs.getString(2);
            if (COLLATION.equals(collation)) {
                return;
            }
            if (rs.getLong(3) > 0) {
                throw new UnsuitableDatabaseException(
                        ("database %s already holds tables and its default collation is %s:"
                                        + " Zalo Partner Links needs an empty database created with CHARACTER SET utf8mb4"
                                        + " COLLATE %s (docs/OPERATIONS.md)")
                                .formatted(name, collation, COLLATION));
            }
            s.execute("ALTER DATABASE `" + name.replace("`", "``") + "` CHARACTER SET utf8mb4 COLLATE " + COLLATION);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's collation: " + e.getMessage(), e);
        }
    }

    /**
     * Why a pool of this many connections could pass the server's {@code max_prepared_stmt_count}, where the driver
     * would wait forever; empty while the statements it may prepare fit in the room left.
     */
    public static Optional<String> preparedStatementShortfall(DataSource dataSource, int connections) {
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("""
                        SELECT @@max_prepared_stmt_count,
                               (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS
                                WHERE VARIABLE_NAME = 'PREPARED_STMT_COUNT')
                        """)) {
            rs.next();
            long allowed = rs.getLong(1);
            long open = rs.getLong(2);
            long wanted = (long) connections * PREPARED_PER_CONNECTION;
            if (allowed - open >= wanted) {
                return Optional.empty();
            }
            return Optional.of(("MariaDB allows %d prepared statements (max_prepared_stmt_count) and %d are open, but"
                            + " this node's %d connections may prepare up to %d: raise max_prepared_stmt_count, or the"
                            + " database driver will wait forever once it is reached (docs/OPERATIONS.md)")
                    .formatted(allowed, open, connections, wanted));
        } catch (SQLException e) {
            return Optional.of("cannot read max_prepared_stmt_count: " + e.getMessage());
        }
    }

    public static Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        jdbi.setStatementBuilderFactory(connection -> new FastStatementBuilder());
        return jdbi;
    }
}
