package io.zpl.ingest;

import static io.zpl.ingest.ZaloWebhookBodies.follow;
import static io.zpl.ingest.ZaloWebhookBodies.oaSendText;
import static io.zpl.ingest.ZaloWebhookBodies.receipt;
import static io.zpl.ingest.ZaloWebhookBodies.submitInfo;
import static io.zpl.ingest.ZaloWebhookBodies.userSendText;
import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.in.IngestZaloEvent.Accepted;
import io.zpl.domain.event.EventState;
import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** PRODUCT.md "Ingesting Zalo events", on MariaDB. */
class IngestRulesTest extends IngestFixture {

    @Test
    void a_new_customer_message_creates_a_shadow_partner_its_link_and_the_message() {
        String user = newId('3');
        long ts = millis();
        var id = accepted(deliver(APP_B, userSendText(APP_B, SALES, user, newId('5'), newId('m'), "Xin chào", ts), ts));

        var event = events.find(id).orElseThrow();
        assertThat(event.state()).isEqualTo(EventState.PROCESSED);
        assertThat(event.note()).startsWith("new shadow contact");
        var link = links.find(new OaId(SALES), new ZaloUserId(user)).orElseThrow();
        var partner = partners.find(link.partnerId()).orElseThrow();
        assertThat(partner.status()).isEqualTo(PartnerStatus.SHADOW);
        assertThat(partner.name()).isEqualTo("Zalo user …" + user.substring(user.length() - 6));
        assertThat(partner.origin()).isEqualTo("Zalo: Sales OA");
        assertThat(link.messages().count()).isEqualTo(1);
        assertThat(link.messages().lastAt()).isEqualTo(event.eventTime());
        assertThat(link.profile().lastInteractionAt()).isEqualTo(event.eventTime());
        var stored = messages.latest(link.id(), 5);
        assertThat(stored).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Xin chào"));
    }

    @Test
    void the_same_event_three_times_at_once_gives_one_event_one_message_one_link_one_partner() throws Exception {
        String user = newId('3');
        long ts = millis();
        byte[] body = userSendText(APP_B, SALES, user, newId('5'), newId('m'), "ba lần", ts);
        var start = new CountDownLatch(1);
        Callable<Accepted> delivery = () -> {
            start.await();
            return (Accepted) deliver(APP_B, body, ts);
        };
        List<Accepted> receipts;
        try (var pool = Executors.newFixedThreadPool(3)) {
            var futures =
                    IntStream.range(0, 3).mapToObj(i -> pool.submit(delivery)).toList();
            start.countDown();
            receipts = futures.stream().map(IngestRulesTest::await).toList();
        }
        assertThat(receipts)
                .extracting(Accepted::eventId)
                .containsOnly(receipts.getFirst().eventId());
        assertThat(receipts).filteredOn(r -> !r.duplicate()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM zalo_event WHERE subject_id = ?", user))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM partner_link WHERE zalo_user_id = ?", user))
                .isEqualTo(1);
        var link = links.find(new OaId(SALES), new ZaloUserId(user)).orElseThrow();
        assertThat(count(
                        "SELECT COUNT(*) FROM zalo_message WHERE link_id = ?",
                        link.id().value()))
                .isEqualTo(1);
        assertThat(link.messages().count()).isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM partner WHERE partner_id = ?",
                        link.partnerId().value()))
                .isEqualTo(1);
    }

    @Test
    void different_messages_of_a_new_customer_at_once_share_one_link_and_count_every_message() throws Exception {
        String user = newId('3');
        String byApp = newId('5');
        long ts = millis();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(6)) {
            var futures = IntStream.range(0, 6)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        byte[] body = userSendText(APP_B, SALES, user, byApp, newId('m'), "tin " + i, ts + i);
                        return accepted(deliver(APP_B, body, ts + i));
                    }))
                    .toList();
            start.countDown();
            futures.forEach(
                    f -> assertThat(events.find(await(f)).orElseThrow().state()).isEqualTo(EventState.PROCESSED));
        }
        var link = links.find(new OaId(SALES), new ZaloUserId(user)).orElseThrow();
        assertThat(link.messages().count()).isEqualTo(6);
        assertThat(link.messages().firstAt().toEpochMilli()).isEqualTo(ts);
        assertThat(link.messages().lastAt().toEpochMilli()).isEqualTo(ts + 5);
        assertThat(count("SELECT COUNT(*) FROM partner_link WHERE zalo_user_id = ?", user))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM partner WHERE origin = 'Zalo: Sales OA' AND name LIKE ?",
                        "%" + user.substring(user.length() - 6)))
                .isEqualTo(1);
    }

    @Test
    void a_message_before_the_follow_and_an_unfollow_before_an_older_follow_end_in_the_latest_state() {
        String user = newId('3');
        String byApp = newId('5');
        long t0 = millisAgo(Duration.ofMinutes(10));
        accepted(deliver(APP_A, userSendText(APP_A, SUPPORT, user, byApp, newId('m'), "hello", t0 + 2000), t0 + 2000));
        accepted(deliver(APP_A, follow(APP_A, SUPPORT, user, byApp, true, t0), t0));
        var link = links.find(new OaId(SUPPORT), new ZaloUserId(user)).orElseThrow();
        assertThat(link.profile().follower()).isTrue();
        assertThat(link.messages().count()).isEqualTo(1);

        accepted(deliver(APP_A, follow(APP_A, SUPPORT, user, byApp, false, t0 + 5000), t0 + 5000));
        var late = accepted(deliver(APP_A, follow(APP_A, SUPPORT, user, byApp, true, t0 + 3000), t0 + 3000));
        assertThat(links.find(new OaId(SUPPORT), new ZaloUserId(user))
                        .orElseThrow()
                        .profile()
                        .follower())
                .isFalse();
        assertThat(events.find(late).orElseThrow().note()).startsWith("superseded");
        assertThat(count("SELECT COUNT(*) FROM partner_link WHERE zalo_user_id = ?", user))
                .isEqualTo(1);
    }

    @Test
    void a_follow_from_a_new_user_creates_the_link_and_shadow() {
        String user = newId('3');
        long ts = millis();
        accepted(deliver(APP_A, follow(APP_A, SHOP, user, newId('5'), true, ts), ts));
        var link = links.find(new OaId(SHOP), new ZaloUserId(user)).orElseThrow();
        assertThat(link.profile().follower()).isTrue();
        assertThat(link.messages().isEmpty()).isTrue();
        assertThat(partners.find(link.partnerId()).orElseThrow().isShadow()).isTrue();
    }

    @Test
    void the_same_user_id_by_app_on_another_oa_of_the_same_app_is_the_same_partner_but_not_across_apps() {
        String byApp = newId('5');
        String onSupport = newId('3');
        String onShop = newId('3');
        String onSales = newId('3');
        long ts = millis();
        accepted(deliver(APP_A, userSendText(APP_A, SUPPORT, onSupport, byApp, newId('m'), "a", ts), ts));
        var shop = accepted(deliver(APP_A, userSendText(APP_A, SHOP, onShop, byApp, newId('m'), "b", ts), ts));
        accepted(deliver(APP_B, userSendText(APP_B, SALES, onSales, byApp, newId('m'), "c", ts), ts));

        var support = links.find(new OaId(SUPPORT), new ZaloUserId(onSupport)).orElseThrow();
        assertThat(links.find(new OaId(SHOP), new ZaloUserId(onShop))
                        .orElseThrow()
                        .partnerId())
                .isEqualTo(support.partnerId());
        assertThat(events.find(shop).orElseThrow().note()).contains("same user_id_by_app");
        assertThat(links.find(new OaId(SALES), new ZaloUserId(onSales))
                        .orElseThrow()
                        .partnerId())
                .isNotEqualTo(support.partnerId());
    }

    @Test
    void shared_info_keeps_any_unicode_name_and_adds_the_phone_to_the_shadow() {
        String user = newId('3');
        String name = "Nguyễn Văn Sơn 🌸 <b>Sơn</b> مرحبا";
        long ts = millis();
        accepted(deliver(APP_B, submitInfo(APP_B, SALES, user, newId('5'), name, "84912000111", ts), ts));

        var link = links.find(new OaId(SALES), new ZaloUserId(user)).orElseThrow();
        var partner = partners.find(link.partnerId()).orElseThrow();
        assertThat(partner.name()).isEqualTo(name);
        assertThat(partner.phones()).containsExactly(PhoneNumber.parse("0912 000 111"));
        assertThat(link.profile().displayName()).isEqualTo(name);
        assertThat(link.profile().sharedName()).isEqualTo(name);
        assertThat(link.profile().sharedPhone()).isEqualTo(PhoneNumber.parse("+84912000111"));
        assertThat(link.profile().sharedAddress()).isEqualTo("12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội");
    }

    @Test
    void one_phone_shared_on_oas_of_two_apps_opens_a_strong_duplicate_group() {
        long ts = millis();
        String onSupport = newId('3');
        String onSales = newId('3');
        accepted(deliver(
                APP_A, submitInfo(APP_A, SUPPORT, onSupport, newId('5'), "Lê Thị Hoa", "0987 000 222", ts), ts));
        accepted(deliver(APP_B, submitInfo(APP_B, SALES, onSales, newId('5'), "Hoa Le", "84987000222", ts), ts));

        var first = links.find(new OaId(SUPPORT), new ZaloUserId(onSupport))
                .orElseThrow()
                .partnerId();
        var second = links.find(new OaId(SALES), new ZaloUserId(onSales))
                .orElseThrow()
                .partnerId();
        assertThat(count(
                        "SELECT COUNT(*) FROM duplicate_group g JOIN duplicate_group_member a ON a.group_id = g.group_id"
                                + " JOIN duplicate_group_member b ON b.group_id = g.group_id"
                                + " WHERE g.state = 'OPEN' AND g.tier = 'STRONG' AND a.partner_id = ? AND b.partner_id = ?",
                        first.value(),
                        second.value()))
                .isEqualTo(1);
    }

    @Test
    void our_messages_move_forward_to_received_and_seen_never_back() {
        String user = newId('3');
        String msg = newId('m');
        long ts = millis();
        accepted(deliver(APP_A, oaSendText(APP_A, SUPPORT, user, msg, "Cảm ơn anh", ts), ts));
        accepted(deliver(APP_A, receipt(APP_A, SUPPORT, user, List.of(msg), true, ts + 2), ts + 2));
        var late = accepted(deliver(APP_A, receipt(APP_A, SUPPORT, user, List.of(msg), false, ts + 1), ts + 1));

        var link = links.find(new OaId(SUPPORT), new ZaloUserId(user)).orElseThrow();
        var stored = messages.latest(link.id(), 5);
        assertThat(stored).singleElement().satisfies(m -> {
            assertThat(m.deliveryState()).isEqualTo(DeliveryState.SEEN);
            assertThat(m.adminId()).isEqualTo("777");
        });
        assertThat(link.profile().lastInteractionAt())
                .as("our own message is no interaction")
                .isNull();
        assertThat(events.find(late).orElseThrow().note()).isEqualTo("0 of 1 messages marked received");
    }

    @Test
    void an_unknown_event_is_stored_and_ignored() {
        long ts = millis();
        byte[] body = ZaloWebhookBodies.custom(
                Map.of("app_id", APP_A, "event_name", "shop_has_order", "timestamp", ts, "order", Map.of("id", 42)));
        var id = accepted(deliver(APP_A, body, ts));
        var event = events.find(id).orElseThrow();
        assertThat(event.state()).isEqualTo(EventState.PROCESSED);
        assertThat(event.note()).startsWith("ignored");
    }

    @Test
    void numeric_ids_and_timestamps_are_read_like_strings() {
        String user = newId('3');
        long ts = millis();
        byte[] body = ZaloWebhookBodies.custom(Map.of(
                "app_id", Long.parseLong(APP_B),
                "user_id_by_app", Long.parseLong(newId('5')),
                "event_name", "user_send_text",
                "timestamp", ts,
                "sender", Map.of("id", Long.parseLong(user)),
                "recipient", Map.of("id", Long.parseLong(SALES)),
                "message", Map.of("msg_id", newId('m'), "text", "số")));
        accepted(deliver(APP_B, body, ts));
        assertThat(links.find(new OaId(SALES), new ZaloUserId(user))).isPresent();
    }

    private static <T> T await(java.util.concurrent.Future<T> future) {
        try {
            return future.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("a delivery failed", e);
        }
    }
}
