package io.zpl.config;

import io.zpl.application.port.in.ProcessReceivedZaloEvents;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Processes events that were stored but not processed (the server stopped in between): first when the application
 * is ready, then every interval. Several nodes may run it; the claim skips events another node holds.
 */
final class ReceivedEventsWorker implements ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReceivedEventsWorker.class);
    private static final int BATCH = 200;

    private final ProcessReceivedZaloEvents process;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("zalo-events-worker").factory());

    ReceivedEventsWorker(ProcessReceivedZaloEvents process, Duration interval) {
        this.process = process;
        this.interval = interval;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        scheduler.scheduleWithFixedDelay(this::drain, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void drain() {
        try {
            int done;
            int total = 0;
            do {
                done = process.processReceived(BATCH);
                total += done;
            } while (done == BATCH && !Thread.currentThread().isInterrupted());
            if (total > 0) {
                log.info("Processed {} Zalo events that were waiting", total);
            }
        } catch (RuntimeException e) {
            log.warn("Zalo events worker: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
