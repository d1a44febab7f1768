package io.zpl.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.SearchText;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.record.BusinessRecord.Invoice;
import io.zpl.domain.record.BusinessRecord.SalesOrder;
import io.zpl.domain.record.BusinessRecord.Ticket;
import io.zpl.domain.zalo.ZaloUserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbiPartnerDirectoryTest {

    private static TestDatabase db;
    private static JdbiPartnerDirectory directory;
    private static Partner son;
    private static Partner shadow;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        TestData.demoAppsAndOas(db.jdbi());
        var partners = new JdbiPartners(db.jdbi());
        directory = new JdbiPartnerDirectory(db.jdbi());
        son = partners.create(
                PartnerStatus.VERIFIED,
                new PartnerDetails("Nguyễn Văn Sơn", List.of(PhoneNumber.parse("0912 345 678")), null, null),
                "ERP");
        shadow =
                partners.create(PartnerStatus.SHADOW, new PartnerDetails("Đỗ Minh Đức", List.of(), null, null), "Zalo");
        partners.create(PartnerStatus.VERIFIED, new PartnerDetails("Trần Thị Lan", List.of(), null, null), "ERP");
        new JdbiPartnerLinks(db.jdbi())
                .create(new NewLink(
                        TestData.SALES_OA,
                        new ZaloUserId("3000000000000000002"),
                        TestData.APP_B,
                        null,
                        shadow.id(),
                        ZaloProfile.unknown(),
                        MessageStats.none(),
                        SyncState.never()));
        Instant now = Instant.now();
        new JdbiBusinessRecords(db.jdbi())
                .upsert(List.of(
                        new Invoice("I-1", son.id(), new BigDecimal("12500000"), new BigDecimal("12500000"), now),
                        new Invoice("I-2", son.id(), new BigDecimal("4800000"), new BigDecimal("2400000"), now),
                        new SalesOrder("Q-1", son.id(), SalesOrder.Stage.QUOTE, "Báo giá", new BigDecimal("1"), now),
                        new Ticket("T-1", son.id(), "Bảo hành", Ticket.State.OPEN, now)));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private List<String> names(String text) {
        return directory.search(SearchText.of(text), null, 0, 50).stream()
                .map(h -> h.partner().name())
                .toList();
    }

    @Test
    void finds_names_without_diacritics_phones_in_any_form_and_zalo_user_ids() {
        assertThat(names("son nguyen")).containsExactly("Nguyễn Văn Sơn");
        assertThat(names("duc")).containsExactly("Đỗ Minh Đức");
        assertThat(names("+84 912 345 678")).containsExactly("Nguyễn Văn Sơn");
        assertThat(names("84912345678")).containsExactly("Nguyễn Văn Sơn");
        assertThat(names("3000000000000000002")).containsExactly("Đỗ Minh Đức");
    }

    @Test
    void holdings_sum_amounts_due_and_count_every_document() {
        var holdings = directory.find(son.id()).orElseThrow();
        assertThat(holdings.openBalance()).isEqualByComparingTo("14900000");
        assertThat(holdings.documentCount()).isEqualTo(4);
        assertThat(holdings.partner().phones()).containsExactly(PhoneNumber.parse("0912345678"));
        assertThat(directory.find(shadow.id()).orElseThrow().links()).hasSize(1);
    }

    @Test
    void pages_in_id_order_and_filter_by_status() {
        var first = directory.search(null, null, 0, 2);
        assertThat(first).hasSize(2);
        var rest = directory.search(null, null, first.getLast().partner().id().value(), 10);
        assertThat(rest).extracting(h -> h.partner().name()).containsExactly("Trần Thị Lan");
        assertThat(directory.search(null, PartnerStatus.SHADOW, 0, 10))
                .extracting(h -> h.partner().name())
                .containsExactly("Đỗ Minh Đức");
    }
}
