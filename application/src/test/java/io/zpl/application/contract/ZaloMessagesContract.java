package io.zpl.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.ZaloMessages;
import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.MessageDirection;
import io.zpl.domain.link.ZaloMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ZaloMessages} must do with the sends we make: claim once, confirm or withdraw, never twice. */
public abstract class ZaloMessagesContract {

    protected abstract ZaloMessages messages();

    /** A fresh link with no messages. */
    protected abstract LinkId aLink();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private ZaloMessage outgoing(LinkId link, String text) {
        return new ZaloMessage(
                link, null, MessageDirection.OUT, "oa_send_text", text, null, null, now, DeliveryState.UNKNOWN);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void a_claim_is_taken_once_and_becomes_the_message_zalo_confirms() {
        var link = aLink();
        String key = key();
        String msgId = "m-" + key;

        assertThat(messages().claimSend(outgoing(link, "Xin chào"), key)).isTrue();
        assertThat(messages().claimSend(outgoing(link, "Xin chào"), key)).isFalse();
        assertThat(messages().latest(link, 5)).singleElement().satisfies(m -> {
            assertThat(m.deliveryState()).isEqualTo(DeliveryState.UNKNOWN);
            assertThat(m.zaloMsgId()).isNull();
        });

        assertThat(messages().confirmSend(key, msgId, now.plusSeconds(1))).isTrue();
        assertThat(messages().markDelivery(link, List.of(msgId), DeliveryState.RECEIVED))
                .isEqualTo(1);
        assertThat(messages().latest(link, 5)).singleElement().satisfies(m -> {
            assertThat(m.zaloMsgId()).isEqualTo(msgId);
            assertThat(m.text()).isEqualTo("Xin chào");
            assertThat(m.deliveryState()).isEqualTo(DeliveryState.RECEIVED);
        });
    }

    @Test
    void when_the_webhook_recorded_the_message_first_the_claim_gives_way_and_the_key_stays_used() {
        var link = aLink();
        String key = key();
        String msgId = "m-" + key;
        messages().claimSend(outgoing(link, "Xin chào"), key);
        messages()
                .record(new ZaloMessage(
                        link,
                        msgId,
                        MessageDirection.OUT,
                        "oa_send_text",
                        "Xin chào",
                        null,
                        null,
                        now,
                        DeliveryState.SENT));

        assertThat(messages().confirmSend(key, msgId, now)).isFalse();

        assertThat(messages().latest(link, 5))
                .singleElement()
                .satisfies(m -> assertThat(m.zaloMsgId()).isEqualTo(msgId));
        assertThat(messages().claimSend(outgoing(link, "Xin chào"), key)).isFalse();
    }

    @Test
    void a_withdrawn_claim_leaves_nothing_on_the_link() {
        var link = aLink();
        String key = key();
        messages().claimSend(outgoing(link, "Xin chào"), key);

        messages().withdrawSend(key);

        assertThat(messages().latest(link, 5)).isEmpty();
    }
}
