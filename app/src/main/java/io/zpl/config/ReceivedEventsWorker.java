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
 * Hands events that were stored but not processed (the server stopped in between, or the queue was full) to the
 * processing threads: first when the application is ready, then every interval, whenever those threads have nothing
 * queued. Several nodes may run it; the claim skips events another node holds.
 */
final class ReceivedEventsWorker implements ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReceivedEventsWorker.class);
    private final ProcessReceivedZaloEvents process;
    private final Duration interval;
    private final int batch;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("zalo-events-worker").factory());

    /** @param batch how many events to hand over at most each time the processing threads are idle */
    ReceivedEventsWorker(ProcessReceivedZaloEvents process, Duration interval, int batch) {
        this.process = process;
        this.interval = interval;
        this.batch = batch;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        scheduler.scheduleWithFixedDelay(this::drain, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void drain() {
        try {
            int handed = process.processReceived(batch);
            if (handed > 0) {
                log.info("Handed {} Zalo events that were waiting to the processing threads", handed);
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
