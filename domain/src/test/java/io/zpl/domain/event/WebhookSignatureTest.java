package io.zpl.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.zalo.ZaloAppId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    static final String APP = "1000000000000000001";
    static final String TIMESTAMP = "1764000000000";
    static final byte[] BODY = ("{\"app_id\":\"1000000000000000001\",\"user_id_by_app\":\"5000000000000000009\","
                    + "\"event_name\":\"user_send_text\",\"timestamp\":\"1764000000000\","
                    + "\"sender\":{\"id\":\"3000000000000000009\"},\"recipient\":{\"id\":\"2000000000000000002\"},"
                    + "\"message\":{\"msg_id\":\"a1b2c3\",\"text\":\"Xin chào\"}}")
            .getBytes(StandardCharsets.UTF_8);
    /** printf '%s' "$APP$BODY$TIMESTAMP""demo-oa-secret-a" | sha256sum, computed outside Java. */
    static final String KNOWN_MAC = "c9eaaf351c25beadffd240d7bb234a24bdcdc007c78dd5ec47a3c48e54f21734";

    @Test
    void matches_a_vector_computed_outside_java() {
        assertThat(WebhookSignature.mac(APP, BODY, TIMESTAMP, "demo-oa-secret-a"))
                .isEqualTo(KNOWN_MAC);
        assertThat(WebhookSignature.header(APP, BODY, TIMESTAMP, "demo-oa-secret-a"))
                .isEqualTo("mac=" + KNOWN_MAC);
    }

    @Test
    void verifies_the_right_header_in_any_hex_case() {
        assertThat(WebhookSignature.verify("mac=" + KNOWN_MAC, APP, BODY, TIMESTAMP, "demo-oa-secret-a"))
                .isTrue();
        assertThat(WebhookSignature.verify(
                        " MAC=" + KNOWN_MAC.toUpperCase() + " ", APP, BODY, TIMESTAMP, "demo-oa-secret-a"))
                .isTrue();
    }

    @Test
    void refuses_missing_forged_and_misshapen_headers() {
        assertThat(WebhookSignature.verify(null, APP, BODY, TIMESTAMP, "demo-oa-secret-a"))
                .isFalse();
        assertThat(WebhookSignature.verify("", APP, BODY, TIMESTAMP, "demo-oa-secret-a"))
                .isFalse();
        assertThat(WebhookSignature.verify(KNOWN_MAC, APP, BODY, TIMESTAMP, "demo-oa-secret-a"))
                .as("without mac=")
                .isFalse();
        assertThat(WebhookSignature.verify("mac=" + KNOWN_MAC, APP, BODY, TIMESTAMP, "another-secret"))
                .isFalse();
        assertThat(WebhookSignature.verify("mac=" + KNOWN_MAC, APP, BODY, "1764000000001", "demo-oa-secret-a"))
                .isFalse();
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 3] = 'X';
        assertThat(WebhookSignature.verify("mac=" + KNOWN_MAC, APP, tampered, TIMESTAMP, "demo-oa-secret-a"))
                .isFalse();
    }

    @Test
    void the_variant_chooses_the_secret() {
        assertThat(WebhookSignature.secretFor(SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET, "oa", "app"))
                .isEqualTo("oa");
        assertThat(WebhookSignature.secretFor(SignatureVariant.APP_ID_BODY_TIMESTAMP_APP_SECRET, "oa", "app"))
                .isEqualTo("app");
    }

    @Test
    void dedupe_key_prefers_the_message_id_and_otherwise_names_app_event_subject_and_time() {
        var at = Instant.ofEpochMilli(1764000000000L);
        var app = new ZaloAppId(APP);
        var withMsg = new EventEnvelope(app, "user_send_text", TIMESTAMP, at, null, "3", "m1");
        var receipt = new EventEnvelope(app, "user_received_message", TIMESTAMP, at, null, "3", "m1");
        var follow = new EventEnvelope(app, "follow", TIMESTAMP, at, null, "3", null);
        assertThat(withMsg.dedupeKey()).isEqualTo("m|user_send_text|m1");
        assertThat(receipt.dedupeKey()).isNotEqualTo(withMsg.dedupeKey());
        assertThat(follow.dedupeKey()).isEqualTo("e|" + APP + "|follow|3|1764000000000");
        var long_ = new EventEnvelope(app, "user_send_text", TIMESTAMP, at, null, "3", "x".repeat(500));
        assertThat(long_.dedupeKey()).hasSizeLessThanOrEqualTo(190).startsWith("h|");
    }
}
