package io.zpl.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook ingest: {@code ZPL_INGEST_REPLAY_WINDOW} (default 6h, longer than Zalo's retry schedule) and how often the
 * worker looks for events left {@code RECEIVED} ({@code ZPL_INGEST_WORKER_INTERVAL}, default 2s).
 */
@ConfigurationProperties(prefix = "zpl.ingest")
public record IngestProperties(Duration replayWindow, Duration workerInterval) {}
