package io.zpl.ui.partner;

import io.zpl.adapters.zalo.sandbox.ZaloSandbox;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.demo.DemoData;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A verified customer of this test alone, linked on the Support OA, synced and in Zalo's interaction window, whom the
 * sandbox knows too: the guard allows business content to them. Tests share the demo database, so nobody else's
 * story changes.
 */
record FreshPartner(PartnerId id, ZaloPartnerLink link) {

    static FreshPartner onSupportOa(String name, Partners partners, PartnerLinks links, ZaloSandbox sandbox) {
        var random = ThreadLocalRandom.current();
        var phone = PhoneNumber.parse("09" + (10_000_000 + random.nextInt(89_999_999)));
        var partner = partners.create(
                PartnerStatus.VERIFIED,
                new PartnerDetails(name, List.of(phone), "test@example.vn", "1 Tràng Tiền, Hà Nội"),
                "ERP");
        var user = new ZaloUserId("6" + String.format("%018d", random.nextLong(1_000_000_000_000_000_000L)));
        Instant now = Instant.now();
        var link = links.create(new NewLink(
                DemoData.SUPPORT_OA,
                user,
                DemoData.APP_A,
                null,
                partner.id(),
                new ZaloProfile(name, null, null, true, now.minus(Duration.ofHours(1)), null, null, null),
                MessageStats.none(),
                new SyncState(now, now, SyncOutcome.OK, null, null)));
        sandbox.know(DemoData.SUPPORT_OA.value(), user.value(), null, name, null, true, now.minus(Duration.ofHours(1)));
        return new FreshPartner(partner.id(), link);
    }
}
