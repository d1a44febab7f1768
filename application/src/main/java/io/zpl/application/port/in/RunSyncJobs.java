package io.zpl.application.port.in;

/** The background side of bulk Sync Profile: any node claims a runnable job and works on it. */
public interface RunSyncJobs {
    /** Claims one runnable job for {@code node} and works on it until it finishes or pauses; false when none. */
    boolean runOne(String node);
}
