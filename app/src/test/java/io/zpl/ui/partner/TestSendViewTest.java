package io.zpl.ui.partner;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import io.zpl.adapters.zalo.sandbox.ZaloSandbox;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.application.port.out.ZaloMessages;
import io.zpl.demo.DemoData;
import io.zpl.domain.access.Role;
import io.zpl.domain.guard.Resolution;
import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.MessageDirection;
import io.zpl.domain.link.ZaloMessage;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import io.zpl.support.UiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Send test message" on the partner page: through the sandbox when the guard allows it, refused when it blocks. */
class TestSendViewTest extends UiTest {

    @Autowired
    Partners partners;

    @Autowired
    PartnerLinks links;

    @Autowired
    ZaloMessages messages;

    @Autowired
    ZaloSandbox sandbox;

    private PartnerView open(PartnerId partner) {
        UI.getCurrent().navigate("partners/" + partner);
        return _get(PartnerView.class);
    }

    private static Resolution on(PartnerView view, OaId oa) {
        return GridKt._findAll(view.readiness).stream()
                .filter(r -> r.oaId().equals(oa))
                .findFirst()
                .orElseThrow();
    }

    private List<ZaloMessage> ourMessages(LinkId link) {
        return messages.latest(link, 50).stream()
                .filter(m -> m.direction() == MessageDirection.OUT)
                .toList();
    }

    @Test
    void a_cs_lead_sends_through_the_sandbox_and_sees_the_message_received() throws InterruptedException {
        var customer = FreshPartner.onSupportOa("Lê Thị Thử", partners, links, sandbox);
        logInAs("lead", Role.CS_LEAD, Role.AGENT);
        var view = open(customer.id());

        var dialog = view.openTestSend(on(view, DemoData.SUPPORT_OA));
        dialog.text.setValue("Xin chào chị, đây là tin nhắn thử.");
        dialog.send.click();

        assertThat(dialog.result.getElement().getTextRecursively())
                .startsWith("Sent")
                .contains(customer.link().zaloUserId().value());
        assertThat(dialog.send.isEnabled()).isFalse();
        assertThat(ourMessages(customer.link().id())).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Xin chào chị, đây là tin nhắn thử.");
            assertThat(m.zaloMsgId()).isNotBlank();
        });
        assertThat(links.find(customer.link().id()).orElseThrow().messages().count())
                .isEqualTo(1);

        // the sandbox reports oa_send_text and user_received_message to our webhook, as Zalo would
        waitFor(() -> ourMessages(customer.link().id()).getFirst().deliveryState() == DeliveryState.RECEIVED);
        dialog.close();
        var row = GridKt._get(view.links, 0);
        assertThat(row.lastSent()).isNotNull();
        assertThat(row.lastSent().deliveryState()).isEqualTo(DeliveryState.RECEIVED);
        assertThat(GridKt._getCellComponent(view.links, 0, "lastSent")
                        .getElement()
                        .getTextRecursively())
                .contains("Received");
        assertThat(ourMessages(customer.link().id())).hasSize(1);
        assertThat(links.find(customer.link().id()).orElseThrow().messages().count())
                .isEqualTo(1);
    }

    @Test
    void mr_sons_shadow_is_refused_with_the_reasons_and_nothing_is_sent() {
        var shadowLink = links.find(DemoData.SALES_OA, DemoData.SON_ON_SALES).orElseThrow();
        var before = messages.latest(shadowLink.id(), 50);
        logInAs("admin", Role.ZALO_ADMIN, Role.CS_LEAD, Role.AGENT);
        var view = open(shadowLink.partnerId());

        var dialog = view.openTestSend(on(view, DemoData.SALES_OA));
        dialog.send.click();

        assertThat(dialog.result.getElement().getTextRecursively())
                .startsWith("Blocked")
                .contains("SHADOW_UNVERIFIED")
                .contains("is a shadow contact nobody has verified yet");
        assertThat(messages.latest(shadowLink.id(), 50)).isEqualTo(before);
    }

    @Test
    void agents_get_no_send_button() {
        logInAs("agent", Role.AGENT);
        var view = open(links.find(DemoData.SUPPORT_OA, DemoData.SON_ON_SUPPORT)
                .orElseThrow()
                .partnerId());

        assertThat(Optional.ofNullable(view.readiness.getColumnByKey("test"))).isEmpty();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Zalo's delivery report did not arrive within 15 s");
            }
            Thread.sleep(100);
        }
    }
}
