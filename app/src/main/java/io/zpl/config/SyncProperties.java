package io.zpl.config;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Zalo is and how Sync Profile calls it ({@code zpl.zalo.*}, {@code zpl.sync.*}). Blank Zalo URLs mean "the
 * sandbox of this server" in demo mode and Zalo's real hosts otherwise.
 */
@ConfigurationProperties(prefix = "zpl")
public record SyncProperties(Zalo zalo, Sync sync) {

    public record Zalo(
            @Nullable URI openapiUrl,
            @Nullable URI oauthUrl,
            @Nullable URI callbackUrl,
            @DefaultValue("4000") int ratePerMinute,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("10s") Duration requestTimeout,
            @DefaultValue("30s") Duration rateWait,
            @DefaultValue("4") int maxAttempts,
            @DefaultValue("200ms") Duration firstBackoff,
            @DefaultValue("5s") Duration maxBackoff,
            @DefaultValue("20") int circuitMinimumCalls,
            @DefaultValue("50") float circuitFailureRate,
            @DefaultValue("30s") Duration circuitOpenFor,
            @DefaultValue("1h") Duration refreshAhead) {}

    public record Sync(
            @DefaultValue("200") int batchSize,
            @DefaultValue("64") int parallelism,
            @DefaultValue("50") int writeBatch,
            @DefaultValue("2m") Duration lease,
            @DefaultValue("2") int workers,
            @DefaultValue("500ms") Duration pollInterval) {}
}
