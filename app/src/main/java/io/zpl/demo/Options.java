package io.zpl.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zpl.adapters.persistence.Database;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options of the command-line modes, and the data source they name. */
final class Options {

    private Options() {}

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            }
        }
        return options;
    }

    static HikariDataSource dataSource(String url, boolean createDatabase) throws SQLException {
        if (createDatabase) {
            onServer(url, "CREATE DATABASE IF NOT EXISTS %s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user());
        config.setPassword(password());
        config.setMaximumPoolSize(4);
        Database.configure(config);
        return new HikariDataSource(config);
    }

    /** Drops the database the URL names, with everything in it, and creates it empty. */
    static void recreateDatabase(String url) throws SQLException {
        onServer(url, "DROP DATABASE IF EXISTS %s");
        onServer(url, "CREATE DATABASE %s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    /** Runs a statement about the URL's database (its name fills {@code %s}) on its server. */
    private static void onServer(String url, String statement) throws SQLException {
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("the database name '" + name + "' should be letters, digits, _");
        }
        try (var c = DriverManager.getConnection(server, user(), password());
                var s = c.createStatement()) {
            s.execute(statement.formatted(name));
        }
    }

    private static String user() {
        return System.getenv().getOrDefault("ZPL_DB_USER", "root");
    }

    private static String password() {
        return System.getenv().getOrDefault("ZPL_DB_PASSWORD", "");
    }
}
