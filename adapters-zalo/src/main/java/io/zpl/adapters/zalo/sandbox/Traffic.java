package io.zpl.adapters.zalo.sandbox;

/**
 * What reached the sandbox's OpenAPI for one App, counted on Zalo's side of the wire: the arrival time of each call
 * (the latest {@value #KEPT}) and the calls refused for the App's per-minute quota, so a benchmark can check that the
 * client never went over it in any 60-second window, aligned with a clock minute or not.
 */
final class Traffic {

    static final int KEPT = 1 << 17;
    private static final long MINUTE_NANOS = 60_000_000_000L;

    /** Calls seen, those refused with {@code -32}, the most in any 60 s, and the seconds from first to last call. */
    record Summary(long calls, long refusedOverQuota, int maxInAnyMinute, double seconds) {}

    private final long[] arrivals = new long[KEPT];
    private long calls;
    private long refused;

    /** A call arrived at {@code nanos} ({@link System#nanoTime()}); calls are recorded in the order they arrive. */
    synchronized void arrived(long nanos) {
        arrivals[(int) (calls % KEPT)] = nanos;
        calls++;
    }

    synchronized void refusedOverQuota() {
        refused++;
    }

    synchronized Summary summary() {
        int kept = (int) Math.min(calls, KEPT);
        int oldest = calls <= KEPT ? 0 : (int) (calls % KEPT);
        int max = 0;
        int start = 0;
        for (int end = 0; end < kept; end++) {
            long at = arrivals[(oldest + end) % KEPT];
            while (at - arrivals[(oldest + start) % KEPT] >= MINUTE_NANOS) {
                start++;
            }
            max = Math.max(max, end - start + 1);
        }
        double seconds = kept < 2 ? 0 : (arrivals[(oldest + kept - 1) % KEPT] - arrivals[oldest]) / 1e9;
        return new Summary(calls, refused, max, seconds);
    }
}
