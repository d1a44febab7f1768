package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.MergeFixture.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.application.port.in.Conflict;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.duplicate.DuplicateQuery;
import io.zpl.domain.duplicate.DuplicateTier;
import io.zpl.domain.merge.MergeConflict;
import io.zpl.domain.merge.MergeField;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.merge.Moved;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mr. Sơn's story: his shadow on the Sales OA merged into his verified record, then undone. */
class MergeOnMariaDbTest {

    TestDatabase db;
    MergeFixture f;
    Partner son;
    Partner shadow;

    @BeforeEach
    void mrSon() {
        db = TestDatabase.fresh();
        TestData.demoAppsAndOas(db.jdbi());
        f = new MergeFixture(db.jdbi());
        son = f.partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn", "0912 345 678");
        f.link(son.id(), TestData.SUPPORT_OA, "5000000000000000001", "0912345678", "https://avatar.example/son.jpg");
        f.invoice(son.id(), "12500000");
        f.invoice(son.id(), "2400000");
        shadow = f.partner(PartnerStatus.SHADOW, "Son Nguyen", "0912 345 678", "01688 123 456");
        f.link(shadow.id(), TestData.SALES_OA, "5000000000000000002", "0912345678", null);
        f.quote(shadow.id());
        f.detection.scanAll();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    MergePlan plan() {
        return new MergePlan(son.id(), List.of(shadow.id()), Map.of());
    }

    Partner load(PartnerId id) {
        return f.partners.find(id).orElseThrow();
    }

    @Test
    void previewShowsWhatMovesTheBalanceAndTheLinksPerOa() {
        var preview = f.merge.preview(LEAD, plan());

        assertThat(preview.moves())
                .containsExactlyInAnyOrder(
                        new Moved("partner_link", 1), new Moved("sales_order", 1), new Moved(Moved.PHONES_COPIED, 1));
        assertThat(preview.before().balance()).isEqualByComparingTo("14900000");
        assertThat(preview.before().documents()).isEqualTo(2);
        assertThat(preview.after().balance()).isEqualByComparingTo("14900000");
        assertThat(preview.after().documents()).isEqualTo(3);
        assertThat(preview.linksByOa()).hasSize(2).noneMatch(oa -> oa.flagged());
        assertThat(preview.survivorAfter().phones())
                .containsExactlyInAnyOrder(PhoneNumber.parse("0912345678"), PhoneNumber.parse("0388123456"));
        assertThat(preview.conflicts())
                .extracting(MergeConflict::code)
                .containsExactly(MergeConflict.Code.FIELD_VALUES_DIFFER);
        assertThat(preview.executable()).isTrue();
    }

    @Test
    void mergeMovesEverythingOntoTheSurvivorAndUndoRestoresIt() {
        var preview =
                f.merge.preview(LEAD, new MergePlan(son.id(), List.of(shadow.id()), Map.of(MergeField.NAME, son.id())));
        var result = f.merge.merge(LEAD, preview.previewId(), "Same phone, same person: he confirmed on the phone");

        assertThat(result.survivorId()).isEqualTo(son.id());
        assertThat(f.links.ofPartner(son.id())).hasSize(2);
        assertThat(f.links.ofPartner(shadow.id())).isEmpty();
        assertThat(load(shadow.id()).status()).isEqualTo(PartnerStatus.MERGED);
        assertThat(load(shadow.id()).mergedInto()).isEqualTo(son.id());
        assertThat(load(shadow.id()).phones())
                .as("the tombstone keeps its phones")
                .hasSize(2);
        assertThat(load(son.id()).phones()).hasSize(2);
        assertThat(result.reaudit())
                .extracting(r -> r.oaId())
                .containsExactlyInAnyOrder(TestData.SUPPORT_OA, TestData.SALES_OA);
        assertThat(result.reaudit())
                .allSatisfy(r -> assertThat(r.checks().get(1).passed()).isTrue());
        assertThat(f.detection
                        .list(LEAD, new DuplicateQuery(null, null, null, 50))
                        .items())
                .isEmpty();

        var journal = f.merge.list(LEAD, null, 10).items();
        assertThat(journal).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("lead");
            assertThat(entry.reason()).startsWith("Same phone");
            assertThat(entry.evidence()).anyMatch(line -> line.contains("0912 345 678"));
            assertThat(entry.overwritten()).isEmpty();
        });

        var undone = f.merge.undo(LEAD, result.mergeId());
        assertThat(undone.entry().undone()).isTrue();
        assertThat(f.links.ofPartner(shadow.id())).hasSize(1);
        assertThat(load(shadow.id()).status()).isEqualTo(PartnerStatus.SHADOW);
        assertThat(load(shadow.id()).mergedInto()).isNull();
        assertThat(load(son.id()).phones()).containsExactly(PhoneNumber.parse("0912345678"));
        assertThat(f.detection
                        .list(LEAD, new DuplicateQuery(null, null, null, 50))
                        .items())
                .as("the duplicate group is open again")
                .hasSize(1);
        assertThatThrownBy(() -> f.merge.undo(LEAD, result.mergeId()))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("already undone");
    }

    @Test
    void undoLeavesNoGroupThatTheDetectionAfterTheMergeOpened() {
        var namesake = f.partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn");
        f.detection.scanAll();
        var possible = new DuplicateQuery(null, DuplicateTier.POSSIBLE, null, 50);
        var before = f.detection.list(LEAD, possible).items();
        assertThat(before)
                .singleElement()
                .satisfies(g -> assertThat(g.partners()).hasSize(3));

        var result = f.merge.merge(LEAD, f.merge.preview(LEAD, plan()).previewId(), "same person");
        assertThat(f.detection.list(LEAD, possible).items())
                .as("after the merge Mr. Sơn and his namesake are a possible group of two")
                .singleElement()
                .satisfies(g -> assertThat(g.partners())
                        .extracting(PartnerCard::id)
                        .containsExactlyInAnyOrder(son.id(), namesake.id()));

        f.merge.undo(LEAD, result.mergeId());
        assertThat(f.detection.list(LEAD, possible).items())
                .extracting(g -> g.groupId())
                .containsExactly(before.getFirst().groupId());
    }

    @Test
    void chosenFieldsAreJournaledAndRestored() {
        var preview = f.merge.preview(
                LEAD, new MergePlan(son.id(), List.of(shadow.id()), Map.of(MergeField.NAME, shadow.id())));
        var result = f.merge.merge(LEAD, preview.previewId(), "he prefers this spelling");
        assertThat(load(son.id()).name()).isEqualTo("Son Nguyen");
        assertThat(f.merge.list(LEAD, null, 5).items().getFirst().overwritten())
                .singleElement()
                .satisfies(c -> assertThat(c.before()).isEqualTo("Nguyễn Văn Sơn"));
        f.merge.undo(LEAD, result.mergeId());
        assertThat(load(son.id()).name()).isEqualTo("Nguyễn Văn Sơn");
    }

    @Test
    void aPreviewIsStaleOnceAnythingItSawChanges() {
        var preview = f.merge.preview(LEAD, plan());
        f.invoice(shadow.id(), "100000");

        assertThatThrownBy(() -> f.merge.merge(LEAD, preview.previewId(), "same person"))
                .isInstanceOf(Conflict.class)
                .satisfies(e -> assertThat(((Conflict) e).code()).isEqualTo("MERGE_STALE_PREVIEW"))
                .hasMessageContaining("invoice rows of partner " + shadow.id());
        assertThat(load(shadow.id()).status()).isEqualTo(PartnerStatus.SHADOW);
    }

    @Test
    void undoIsRefusedWhenAMovedRowChangedAndAfterTheWindow() {
        var result = f.merge.merge(LEAD, f.merge.preview(LEAD, plan()).previewId(), "same person");
        f.quote(son.id());
        db.jdbi()
                .useHandle(h -> h.execute(
                        "UPDATE sales_order SET title = 'Edited', version = version + 1 WHERE partner_id = ? AND external_ref = 'QUO-3'",
                        son.id().value()));
        assertThatThrownBy(() -> f.merge.undo(LEAD, result.mergeId()))
                .isInstanceOf(Conflict.class)
                .satisfies(e -> assertThat(((Conflict) e).code()).isEqualTo("UNDO_CONFLICT"))
                .hasMessageContaining("sales_order")
                .hasMessageContaining("edited since the merge");

        var other = f.partner(PartnerStatus.SHADOW, "Khách lạ");
        var second = f.partner(PartnerStatus.SHADOW, "Khách lạ 2");
        var late = f.merge.merge(
                LEAD,
                f.merge
                        .preview(LEAD, new MergePlan(other.id(), List.of(second.id()), Map.of()))
                        .previewId(),
                "same");
        f.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> f.merge.undo(LEAD, late.mergeId()))
                .isInstanceOf(Conflict.class)
                .satisfies(e -> assertThat(((Conflict) e).code()).isEqualTo("UNDO_WINDOW_CLOSED"));
    }

    @Test
    void aShadowCannotSurviveAndOnlyCsLeadsMerge() {
        assertThatThrownBy(() -> f.merge.preview(MergeFixture.AGENT, plan())).isInstanceOf(PermissionDenied.class);
        var preview = f.merge.preview(LEAD, new MergePlan(shadow.id(), List.of(son.id()), Map.of()));
        assertThat(preview.executable()).isFalse();
        assertThatThrownBy(() -> f.merge.merge(LEAD, preview.previewId(), "x"))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("shadow contact cannot survive");
        assertThat(load(son.id()).status()).isEqualTo(PartnerStatus.VERIFIED);
    }

    @Test
    void oldIdsStillResolveThroughTheTombstone() {
        f.merge.merge(LEAD, f.merge.preview(LEAD, plan()).previewId(), "same person");
        assertThat(load(shadow.id()).mergedInto()).isEqualTo(son.id());
        var card = f.merge.preview(LEAD, plan());
        assertThat(card.conflicts()).extracting(MergeConflict::code).contains(MergeConflict.Code.PARTNER_NOT_LIVE);
        assertThat(BigDecimal.ONE).isNotNull();
        assertThat(List.<OaReadiness>of()).isEmpty();
    }
}
