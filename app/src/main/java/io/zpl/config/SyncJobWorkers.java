package io.zpl.config;

import io.zpl.application.port.in.RunSyncJobs;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background threads that claim bulk Sync Profile jobs; each node runs its own, the database decides who gets what. */
final class SyncJobWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SyncJobWorkers.class);

    private final ScheduledExecutorService scheduler;

    SyncJobWorkers(RunSyncJobs jobs, int workers, Duration pollInterval) {
        String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        scheduler = Executors.newScheduledThreadPool(
                workers, Thread.ofPlatform().name("sync-job-", 0).daemon().factory());
        for (int i = 0; i < workers; i++) {
            String worker = node + "#" + i;
            scheduler.scheduleWithFixedDelay(
                    () -> {
                        try {
                            while (jobs.runOne(worker)) {
                                // keep claiming while there is work
                            }
                        } catch (RuntimeException e) {
                            log.warn("A sync job worker stopped on an error; its job resumes when the lease ends", e);
                        }
                    },
                    pollInterval.toMillis(),
                    pollInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
