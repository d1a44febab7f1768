package io.zpl.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.adapters.persistence.PartnerReferences.Reference;
import io.zpl.adapters.persistence.PartnerReferences.Treatment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The merge re-points what the catalog says references a partner; the registry must classify every such column. */
class PartnerReferencesTest {

    static TestDatabase db;

    @BeforeAll
    static void schema() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void everyColumnReferencingAPartnerInTheMigratedSchemaIsClassified() {
        var catalog = db.jdbi().withHandle(PartnerReferences::read);
        assertThat(catalog.unregistered()).isEmpty();
        assertThat(catalog.references())
                .extracting(Reference::name)
                .containsExactlyInAnyOrderElementsOf(PartnerReferences.REGISTRY.keySet());
        assertThat(catalog.treated(Treatment.REPOINT))
                .allSatisfy(ref -> assertThat(ref.primaryKey()).isNotBlank());
    }

    @Test
    void aNewTableWithAnUnregisteredPartnerKeyIsReportedAndDisablesMerging() {
        var own = TestDatabase.fresh();
        try {
            own.jdbi().useHandle(h -> h.execute("""
                    CREATE TABLE loyalty_card (
                        card_id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                        holder_id BIGINT NOT NULL,
                        CONSTRAINT fk_card_partner FOREIGN KEY (holder_id) REFERENCES partner (partner_id))"""));
            var catalog = own.jdbi().withHandle(PartnerReferences::read);
            assertThat(catalog.unregistered()).containsExactly("loyalty_card.holder_id");
            assertThatThrownBy(catalog::requireComplete)
                    .hasMessageContaining("loyalty_card.holder_id")
                    .hasMessageContaining("not classified");
        } finally {
            own.close();
        }
    }

    @Test
    void uniqueKeysThatContainThePartnerColumnAreKnown() {
        var own = TestDatabase.fresh();
        try {
            own.jdbi().useHandle(h -> h.execute("""
                    CREATE TABLE sales_order_extra (id BIGINT PRIMARY KEY, partner_id BIGINT NOT NULL, kind VARCHAR(5),
                        UNIQUE KEY uq_extra (partner_id, kind))"""));
            var catalog = own.jdbi().withHandle(PartnerReferences::read);
            assertThat(catalog.treated(Treatment.REPOINT))
                    .filteredOn(r -> r.table().equals("partner_link"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.uniqueKeysWithColumn()).isEmpty());
        } finally {
            own.close();
        }
    }
}
