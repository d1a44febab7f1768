package io.zpl.adapters.persistence;

import io.zpl.application.contract.PartnersContract;
import io.zpl.application.port.out.Partners;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JdbiPartnersTest extends PartnersContract {

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
}
