package io.zpl.demo;

import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.ZaloMessages;
import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.link.MessageDirection;
import io.zpl.domain.link.ZaloMessage;
import io.zpl.domain.link.ZaloPartnerLink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Mr. Sơn's message history on his two links, matching the counts and times the demo story gives the links, so the
 * link views have something to show and cross-reference.
 */
public final class DemoConversations {

    private static final List<String> SUPPORT_LINES = List.of(
            "Chào shop, máy lọc nước nhà tôi báo lỗi E2",
            "Dạ anh Sơn, anh gửi giúp em ảnh màn hình nhé",
            "Đây em",
            "Em đã tạo phiếu bảo hành cho anh",
            "Cảm ơn em",
            "Kỹ thuật viên sẽ đến vào thứ Bảy ạ",
            "Ok em");
    private static final List<String> SALES_LINES =
            List.of("Cho mình hỏi giá máy lọc nước RO 9 lõi", "Dạ em gửi anh báo giá ạ", "Mình xem rồi, cảm ơn");

    private final PartnerLinks links;
    private final ZaloMessages messages;

    public DemoConversations(PartnerLinks links, ZaloMessages messages) {
        this.links = links;
        this.messages = messages;
    }

    /** Adds the history once; a later start finds it and does nothing. */
    public void loadIfMissing() {
        links.find(DemoData.SUPPORT_OA, DemoData.SON_ON_SUPPORT).ifPresent(link -> seed(link, SUPPORT_LINES, "s"));
        links.find(DemoData.SALES_OA, DemoData.SON_ON_SALES).ifPresent(link -> seed(link, SALES_LINES, "b"));
    }

    private void seed(ZaloPartnerLink link, List<String> lines, String prefix) {
        var stats = link.messages();
        if (stats.firstAt() == null
                || stats.lastAt() == null
                || !messages.latest(link.id(), 1).isEmpty()) {
            return;
        }
        int count = (int) stats.count();
        Duration span = Duration.between(stats.firstAt(), stats.lastAt());
        for (int i = 0; i < count; i++) {
            Instant at = count == 1
                    ? stats.lastAt()
                    : stats.firstAt().plus(span.multipliedBy(i).dividedBy(count - 1));
            boolean fromCustomer = i % 2 == 0;
            messages.record(new ZaloMessage(
                    link.id(),
                    "demo-" + prefix + "-" + i,
                    fromCustomer ? MessageDirection.IN : MessageDirection.OUT,
                    fromCustomer ? "user_send_text" : "oa_send_text",
                    lines.get(i % lines.size()),
                    null,
                    null,
                    at,
                    fromCustomer ? null : DeliveryState.SEEN));
        }
    }
}
