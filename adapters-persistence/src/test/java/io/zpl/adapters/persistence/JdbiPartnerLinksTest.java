package io.zpl.adapters.persistence;

import io.zpl.application.contract.PartnerLinksContract;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPartnerLinksTest extends PartnerLinksContract {

    @RegisterExtension
    static final FreshSchema db = new FreshSchema();

    @Override
    protected PartnerLinks links() {
        return new JdbiPartnerLinks(db.jdbi());
    }

    @Override
    protected Partners partners() {
        return new JdbiPartners(db.jdbi());
    }

    @Override
    protected OaId oa() {
        return TestData.SUPPORT_OA;
    }

    @Override
    protected OaId otherOa() {
        return TestData.SHOP_OA;
    }

    @Override
    protected ZaloAppId app() {
        return TestData.APP_A;
    }
}
