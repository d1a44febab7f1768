package io.zpl.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook ingest: {@code ZPL_INGEST_REPLAY_WINDOW} (default 6h, longer than Zalo's retry schedule), how many
 * transactions store concurrent webhooks' events together ({@code ZPL_INGEST_STORE_THREADS}, default 2), how many
 * threads process stored events after their webhook was answered ({@code ZPL_INGEST_PROCESSING_THREADS}, default 2)
 * and how many stored events may wait for them ({@code ZPL_INGEST_PROCESSING_QUEUE}, default 20000; beyond it events
 * wait, stored, for the worker), and how often the worker looks for events left {@code RECEIVED} ({@code ZPL_INGEST_WORKER_INTERVAL},
 * default 2s).
 */
@ConfigurationProperties(prefix = "zpl.ingest")
public record IngestProperties(
        Duration replayWindow, int storeThreads, int processingThreads, int processingQueue, Duration workerInterval) {}
