package io.zpl.application.port.in;

import io.zpl.domain.partner.PartnerId;
import java.time.Duration;

/**
 * Finds suspected duplicates: a full scan (scheduled, at start, or asked for by a CS Lead) and incremental detection
 * around one partner, which ingest and profile sync call when a link, phone or name changes.
 */
public interface DetectDuplicates {

    /** A full scan on behalf of a CS Lead. */
    ScanSummary scanAll(Actor actor);

    /** A full scan run by the system (schedule, start-up). */
    ScanSummary scanAll();

    /** Re-detects the groups around this partner (and the partners it matches), after a change to it. */
    ScanSummary detectFor(PartnerId partner);

    record ScanSummary(
            int matches, int groups, int opened, int reopened, int keptDismissed, int dropped, Duration took) {}
}
