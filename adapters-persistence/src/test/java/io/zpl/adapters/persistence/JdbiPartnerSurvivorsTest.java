package io.zpl.adapters.persistence;

import io.zpl.application.contract.PartnerSurvivorsContract;
import io.zpl.application.port.out.PartnerSurvivors;
import io.zpl.application.port.out.Partners;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JdbiPartnerSurvivorsTest extends PartnerSurvivorsContract {

    private static TestDatabase db;

    @BeforeAll
    static void schema() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Override
    protected Partners partners() {
        return new JdbiPartners(db.jdbi());
    }

    @Override
    protected PartnerSurvivors survivors() {
        return new JdbiPartnerSurvivors(db.jdbi());
    }
}
