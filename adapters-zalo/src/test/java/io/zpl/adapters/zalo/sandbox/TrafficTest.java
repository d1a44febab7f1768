package io.zpl.adapters.zalo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrafficTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void the_busiest_minute_is_found_whether_or_not_it_starts_on_a_clock_minute() {
        var traffic = new Traffic();
        // 10 calls in second 0, 10 in second 59.5, 10 in second 60.5: [0, 60) holds 20, [59.5, 119.5) holds 20,
        // but [30, 90) only 20 too; the window starting at 0.5 s would hold 20 as well — none holds all 30
        for (int i = 0; i < 10; i++) {
            traffic.arrived(i);
        }
        for (int i = 0; i < 10; i++) {
            traffic.arrived(59 * SECOND + SECOND / 2 + i);
        }
        for (int i = 0; i < 10; i++) {
            traffic.arrived(60 * SECOND + SECOND / 2 + i);
        }
        traffic.refusedOverQuota();

        var summary = traffic.summary();

        assertThat(summary.calls()).isEqualTo(30);
        assertThat(summary.maxInAnyMinute()).isEqualTo(20);
        assertThat(summary.refusedOverQuota()).isEqualTo(1);
        assertThat(summary.seconds()).isBetween(60.49, 60.51);
    }

    @Test
    void calls_less_than_a_minute_apart_share_a_window() {
        var traffic = new Traffic();
        traffic.arrived(0);
        traffic.arrived(60 * SECOND - 1);
        traffic.arrived(60 * SECOND);

        assertThat(traffic.summary().maxInAnyMinute()).isEqualTo(2);
    }
}
