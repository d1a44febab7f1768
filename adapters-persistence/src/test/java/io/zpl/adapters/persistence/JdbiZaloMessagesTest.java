package io.zpl.adapters.persistence;

import io.zpl.application.contract.ZaloMessagesContract;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.ZaloMessages;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.ZaloUserId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiZaloMessagesTest extends ZaloMessagesContract {

    @RegisterExtension
    static final FreshSchema db = new FreshSchema();

    private static final AtomicLong USERS = new AtomicLong(7_000_000_000_000_000_000L);

    @Override
    protected ZaloMessages messages() {
        return new JdbiZaloMessages(db.jdbi());
    }

    @Override
    protected LinkId aLink() {
        var partner = new JdbiPartners(db.jdbi())
                .create(PartnerStatus.VERIFIED, new PartnerDetails("Sơn", List.of(), null, null), "ERP");
        return new JdbiPartnerLinks(db.jdbi())
                .create(new NewLink(
                        TestData.SUPPORT_OA,
                        new ZaloUserId(Long.toString(USERS.incrementAndGet())),
                        TestData.APP_A,
                        null,
                        partner.id(),
                        new ZaloProfile(null, null, null, true, null, null, null, null),
                        MessageStats.none(),
                        SyncState.never()))
                .id();
    }
}
