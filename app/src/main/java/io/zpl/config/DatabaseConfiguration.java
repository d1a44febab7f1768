package io.zpl.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zpl.adapters.persistence.Database;
import io.zpl.adapters.persistence.SecretCipher;
import io.zpl.adapters.persistence.embedded.EmbeddedMariaDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(ZplProperties properties) {
        if (properties.db().external()) {
            return new EmbeddedDatabaseHolder(null);
        }
        Path home = properties.dataDir();
        log.info("No ZPL_DB_URL: starting the embedded MariaDB with its data in {}", home.toAbsolutePath());
        var db = EmbeddedMariaDb.startIn(home);
        db.createDatabaseIfMissing("zpl");
        return new EmbeddedDatabaseHolder(db);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(ZplProperties properties, EmbeddedDatabaseHolder embedded) {
        var config = new HikariConfig();
        EmbeddedMariaDb db = embedded.db();
        if (db != null) {
            config.setJdbcUrl(db.jdbcUrl("zpl"));
            config.setUsername("root");
            config.setPassword("");
        } else {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
        }
        config.setPoolName("zpl");
        config.setMaximumPoolSize(32);
        Database.configure(config);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        var dataSource = new HikariDataSource(config);
        try (var connection = dataSource.getConnection()) {
            connection.isValid(2);
        } catch (SQLException e) {
            dataSource.close();
            throw new DatabaseUnreachableException(config.getJdbcUrl(), e);
        }
        Database.migrate(dataSource);
        Database.preparedStatementShortfall(dataSource, config.getMaximumPoolSize())
                .ifPresent(log::warn);
        return dataSource;
    }

    @Bean
    Jdbi jdbi(DataSource dataSource) {
        return Database.jdbi(dataSource);
    }

    @Bean
    SecretCipher secretCipher(ZplProperties properties) throws IOException {
        if (properties.secretKey() != null && !properties.secretKey().isBlank()) {
            return SecretCipher.fromBase64(properties.secretKey());
        }
        if (!properties.demoMode()) {
            throw new IllegalStateException(
                    "ZPL_SECRET_KEY is required outside demo mode (base64 of 32 random bytes: openssl rand -base64 32)");
        }
        Path keyFile = properties.dataDir().resolve("secret.key");
        if (!Files.exists(keyFile)) {
            Files.createDirectories(properties.dataDir());
            Files.writeString(keyFile, SecretCipher.newKeyBase64());
        }
        return SecretCipher.fromBase64(Files.readString(keyFile));
    }

    /** Lets the data source wait for the embedded server and stop it after the pool has closed. */
    record EmbeddedDatabaseHolder(@Nullable EmbeddedMariaDb db) implements AutoCloseable {
        @Override
        public void close() {
            if (db != null) {
                db.close();
            }
        }
    }
}
