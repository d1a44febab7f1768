package io.zpl.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zpl.adapters.persistence.embedded.EmbeddedMariaDb;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh, migrated schema on a real MariaDB for one test class: the server named by {@code ZPL_TEST_DB_URL} (CI uses
 * the local service) or, when none is given, one embedded MariaDB shared by the whole test JVM.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String USER = envOr("ZPL_TEST_DB_USER", "root");
    private static final String PASSWORD = envOr("ZPL_TEST_DB_PASSWORD", "");
    private static String serverUrl;

    private final String name;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private TestDatabase(String name, HikariDataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
        this.jdbi = Database.jdbi(dataSource);
    }

    public static TestDatabase fresh() {
        return fresh("utf8mb4_unicode_ci");
    }

    /** A fresh database created with the given default collation, then migrated. */
    static TestDatabase fresh(String collation) {
        String name = "zpl_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE " + collation);
        var config = new HikariConfig();
        config.setJdbcUrl(server() + name);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(8);
        Database.configure(config);
        var dataSource = new HikariDataSource(config);
        Database.migrate(dataSource);
        return new TestDatabase(name, dataSource);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public String jdbcUrl() {
        return server() + name;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    @Override
    public void close() {
        dataSource.close();
        execute("DROP DATABASE IF EXISTS " + name);
    }

    private static synchronized String server() {
        if (serverUrl == null) {
            String configured = System.getenv("ZPL_TEST_DB_URL");
            if (configured != null && !configured.isBlank()) {
                serverUrl = configured.substring(0, configured.lastIndexOf('/') + 1);
            } else {
                var embedded = EmbeddedMariaDb.startTemporary();
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
                serverUrl = embedded.jdbcUrl("");
            }
        }
        return serverUrl;
    }

    private static void execute(String sql) {
        try (var connection = DriverManager.getConnection(server(), USER, PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
