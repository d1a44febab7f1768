package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.MergeFixture.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.application.port.in.PermissionDenied;
import io.zpl.domain.duplicate.DuplicateGroupView;
import io.zpl.domain.duplicate.DuplicateQuery;
import io.zpl.domain.duplicate.DuplicateTier;
import io.zpl.domain.duplicate.EvidenceRule;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DuplicateDetectionOnMariaDbTest {

    TestDatabase db;
    MergeFixture f;

    @BeforeEach
    void schema() {
        db = TestDatabase.fresh();
        TestData.demoAppsAndOas(db.jdbi());
        f = new MergeFixture(db.jdbi());
    }

    @AfterEach
    void drop() {
        db.close();
    }

    List<DuplicateGroupView> open(DuplicateTier tier) {
        return f.detection.list(LEAD, new DuplicateQuery(null, tier, null, 200)).items();
    }

    static String members(DuplicateGroupView g) {
        return g.partners().stream().map(p -> p.id().toString()).collect(Collectors.joining(","));
    }

    static String key(PartnerId... ids) {
        return java.util.Arrays.stream(ids)
                .sorted(java.util.Comparator.comparingLong(PartnerId::value))
                .map(PartnerId::toString)
                .collect(Collectors.joining(","));
    }

    /** One pair per rule, and a common name alone, as {@link #everyTierIsFoundWithItsEvidence} expects them. */
    private record EveryTier(
            PartnerId a,
            PartnerId b,
            PartnerId c,
            PartnerId d,
            PartnerId oldNumber,
            PartnerId newNumber,
            PartnerId e,
            PartnerId g,
            PartnerId h,
            PartnerId i,
            PartnerId j,
            PartnerId k) {}

    private EveryTier everyTier() {
        var a = f.partner(PartnerStatus.VERIFIED, "Trương Mỹ Lan").id();
        var b = f.partner(PartnerStatus.SHADOW, "Lan").id();
        f.link(a, TestData.SUPPORT_OA, "5000000000000000111", null, null);
        f.link(b, TestData.SHOP_OA, "5000000000000000111", null, null);

        var c = f.partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn", "0912 345 678")
                .id();
        var d = f.partner(PartnerStatus.SHADOW, "Son Nguyen").id();
        f.link(d, TestData.SALES_OA, null, "+84 912 345 678", null);
        var oldNumber = f.partner(PartnerStatus.VERIFIED, "Hồ Thị Xuân", "01688 123 456")
                .id();
        var newNumber = f.partner(PartnerStatus.SHADOW, "Xuân", "0388 123 456").id();

        var e = f.partner(PartnerStatus.VERIFIED, "Đoàn Khắc Thiện").id();
        var g = f.partner(PartnerStatus.SHADOW, "Thiện Đoàn Khắc").id();
        f.link(e, TestData.SUPPORT_OA, null, null, "https://avatar.example/thien.jpg");
        f.link(g, TestData.SALES_OA, null, null, "https://avatar.example/thien.jpg");

        var h = f.partners.create(
                PartnerStatus.VERIFIED, new PartnerDetails("Tạ Quang Bửu", List.of(), null, "5 Hàng Bài"), "t");
        var i = f.partners.create(
                PartnerStatus.VERIFIED, new PartnerDetails("ta quang buu", List.of(), null, "5 hàng bài"), "t");

        var j = f.partner(PartnerStatus.VERIFIED, "Lương Thế Vinh").id();
        var k = f.partner(PartnerStatus.SHADOW, "Vinh Lương Thế").id();
        f.partner(PartnerStatus.VERIFIED, "Nguyễn Văn");
        f.partner(PartnerStatus.VERIFIED, "Nguyễn Văn");

        return new EveryTier(a, b, c, d, oldNumber, newNumber, e, g, h.id(), i.id(), j, k);
    }

    private void assertEveryTierFound(EveryTier t) {
        assertThat(open(DuplicateTier.CERTAIN))
                .extracting(DuplicateDetectionOnMariaDbTest::members)
                .containsExactly(key(t.a(), t.b()));
        assertThat(open(DuplicateTier.STRONG))
                .extracting(DuplicateDetectionOnMariaDbTest::members)
                .containsExactlyInAnyOrder(key(t.c(), t.d()), key(t.oldNumber(), t.newNumber()));
        assertThat(open(DuplicateTier.PROBABLE))
                .extracting(DuplicateDetectionOnMariaDbTest::members)
                .containsExactlyInAnyOrder(key(t.e(), t.g()), key(t.h(), t.i()));
        assertThat(open(DuplicateTier.POSSIBLE))
                .extracting(DuplicateDetectionOnMariaDbTest::members)
                .containsExactly(key(t.j(), t.k()));
    }

    @Test
    void incrementalDetectionAroundEachNewcomerFindsWhatTheFullScanFinds() {
        var t = everyTier();

        for (PartnerId newcomer : List.of(t.b(), t.d(), t.newNumber(), t.g(), t.i(), t.k())) {
            f.detection.detectFor(newcomer);
        }

        assertEveryTierFound(t);
    }

    @Test
    void everyTierIsFoundWithItsEvidence() {
        var t = everyTier();

        var summary = f.detection.scanAll(LEAD);

        assertEveryTierFound(t);
        assertThat(summary.groups()).isEqualTo(6);

        var strong = open(DuplicateTier.STRONG).stream()
                .filter(x -> members(x).equals(key(t.c(), t.d())))
                .findFirst()
                .orElseThrow();
        assertThat(strong.evidence()).singleElement().satisfies(ev -> {
            assertThat(ev.rule()).isEqualTo(EvidenceRule.SAME_PHONE);
            assertThat(ev.detail()).contains("0912 345 678");
        });
        assertThat(f.detection
                        .list(LEAD, new DuplicateQuery(null, null, null, 200))
                        .items())
                .as("without a tier, name-only groups are left out")
                .hasSize(5);
        assertThat(f.detection
                        .list(LEAD, new DuplicateQuery(TestData.SALES_OA, null, null, 200))
                        .items())
                .extracting(DuplicateDetectionOnMariaDbTest::members)
                .containsExactlyInAnyOrder(key(t.c(), t.d()), key(t.e(), t.g()));
    }

    @Test
    void pagesFollowTheTierThenTheGroup() {
        for (int n = 0; n < 5; n++) {
            var x = f.partner(PartnerStatus.VERIFIED, "Khách " + n, "0912 000 00" + n)
                    .id();
            var y = f.partner(PartnerStatus.SHADOW, "Shadow " + n, "0912 000 00" + n)
                    .id();
            assertThat(x).isNotEqualTo(y);
        }
        f.detection.scanAll();
        var first = f.detection.list(LEAD, new DuplicateQuery(null, null, null, 2));
        var second = f.detection.list(LEAD, new DuplicateQuery(null, null, first.next(), 2));
        var third = f.detection.list(LEAD, new DuplicateQuery(null, null, second.next(), 2));
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(2);
        assertThat(third.items()).hasSize(1);
        assertThat(third.next()).isNull();
    }

    @Test
    void aDismissedGroupStaysDismissedUntilNewEvidenceAppears() {
        var c = f.partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn", "0912 345 678");
        var d = f.partner(PartnerStatus.SHADOW, "Son Nguyen", "0912 345 678");
        f.detection.scanAll();
        long groupId = open(DuplicateTier.STRONG).getFirst().groupId();

        f.detection.dismiss(LEAD, groupId, "Father and son share the phone");
        f.detection.scanAll();
        f.detection.detectFor(c.id());
        assertThat(open(DuplicateTier.STRONG)).isEmpty();

        f.link(c.id(), TestData.SUPPORT_OA, null, null, "https://avatar.example/x.jpg");
        f.partners.save(d.verify(new PartnerDetails("Sơn Nguyễn Văn", List.of(), null, null)));
        f.link(d.id(), TestData.SALES_OA, null, null, "https://avatar.example/x.jpg");
        f.detection.detectFor(d.id());

        assertThat(open(DuplicateTier.STRONG))
                .singleElement()
                .satisfies(g -> assertThat(g.evidence())
                        .extracting(ev -> ev.rule())
                        .contains(EvidenceRule.SAME_PHONE, EvidenceRule.SAME_NAME_AND_AVATAR));
    }

    @Test
    void incrementalDetectionFindsAndDropsGroupsAroundOnePartner() {
        var c = f.partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn", "0912 345 678");
        var d = f.partner(PartnerStatus.SHADOW, "Son Nguyen");
        assertThat(open(DuplicateTier.STRONG)).isEmpty();

        f.partners.save(d.withPhone(PhoneNumber.parse("0912345678")));
        var summary = f.detection.detectFor(d.id());
        assertThat(summary.opened()).isEqualTo(1);
        assertThat(open(DuplicateTier.STRONG))
                .extracting(DuplicateDetectionOnMariaDbTest::members)
                .containsExactly(key(c.id(), d.id()));

        db.jdbi().useHandle(h -> h.execute("DELETE FROM partner_phone WHERE partner_id = ?", d.id().value()));
        assertThat(f.detection.detectFor(d.id()).dropped()).isEqualTo(1);
        assertThat(open(DuplicateTier.STRONG)).isEmpty();
    }

    @Test
    void onlyCsLeadsReviewDuplicates() {
        assertThatThrownBy(() -> f.detection.list(MergeFixture.AGENT, new DuplicateQuery(null, null, null, 10)))
                .isInstanceOf(PermissionDenied.class)
                .hasMessageContaining("CS Lead");
        assertThatThrownBy(() -> f.detection.dismiss(MergeFixture.AGENT, 1, "x"))
                .isInstanceOf(PermissionDenied.class);
    }

    @Test
    void shadowsAreListedWithTheirSuspectedMatchesAndCanBeVerified() {
        var son = f.partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn", "0912 345 678");
        var shadow = f.partner(PartnerStatus.SHADOW, "Son Nguyen", "0912 345 678");
        f.detection.scanAll();

        var page = f.shadows.shadows(LEAD, null, 50);
        assertThat(page.items()).singleElement().satisfies(v -> {
            assertThat(v.shadow().id()).isEqualTo(shadow.id());
            assertThat(v.suspectedMatches()).extracting(PartnerCard::id).containsExactly(son.id());
        });

        var verified = f.shadows.verify(
                LEAD,
                shadow.id(),
                new PartnerDetails("Sơn Nguyễn (con)", List.of(PhoneNumber.parse("0903 111 222")), "a@b.vn", null));
        assertThat(verified.status()).isEqualTo(PartnerStatus.VERIFIED);
        assertThat(verified.phones()).hasSize(2);
        assertThat(f.shadows.shadows(LEAD, null, 50).items()).isEmpty();
        assertThat(Map.of()).isEmpty();
    }
}
