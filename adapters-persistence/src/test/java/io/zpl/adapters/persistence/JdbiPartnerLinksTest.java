package io.zpl.adapters.persistence;

import io.zpl.application.contract.PartnerLinksContract;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JdbiPartnerLinksTest extends PartnerLinksContract {

    private static TestDatabase db;

    @BeforeAll
    static void schema() {
        db = TestDatabase.fresh();
        TestData.demoAppsAndOas(db.jdbi());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

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
