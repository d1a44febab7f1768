package io.zpl.config;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything an operator sets, as environment variables: {@code ZPL_DB_URL}, {@code ZPL_DB_USER},
 * {@code ZPL_DB_PASSWORD}, {@code ZPL_DEMO}, {@code ZPL_SECRET_KEY}, {@code ZPL_ADMIN_PASSWORD},
 * {@code ZPL_DATA_DIR}, {@code ZPL_STALE_AFTER}.
 */
@ConfigurationProperties(prefix = "zpl")
public record ZplProperties(
        @Nullable Boolean demo,
        Db db,
        Path dataDir,
        @Nullable String secretKey,
        @Nullable String adminPassword,
        Duration staleAfter) {

    public record Db(@Nullable String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /** Demo mode is on unless switched off, or unless an external database is configured and it is not asked for. */
    public boolean demoMode() {
        return demo != null ? demo : !db.external();
    }
}
