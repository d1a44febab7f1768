package io.zpl.ui.audit;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** "5 minutes ago", "3 days ago": how people read the age of a sync or a message. */
public final class RelativeTime {

    private RelativeTime() {}

    public static String of(@Nullable Instant at, Instant now, String whenNever) {
        if (at == null) {
            return whenNever;
        }
        Duration age = Duration.between(at, now);
        if (age.isNegative() || age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return plural(age.toMinutes(), "minute");
        }
        if (age.toDays() < 1) {
            return plural(age.toHours(), "hour");
        }
        if (age.toDays() < 60) {
            return plural(age.toDays(), "day");
        }
        return plural(age.toDays() / 30, "month");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s") + " ago";
    }
}
