package io.zpl.ui.merge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.DetectDuplicates;
import io.zpl.application.port.in.ListMerges;
import io.zpl.application.port.in.ReviewDuplicates;
import io.zpl.application.port.in.UndoMerge;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.PartnerCards;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.demo.DemoData;
import io.zpl.domain.access.Role;
import io.zpl.domain.duplicate.DuplicateGroupView;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.merge.MergeEntry;
import io.zpl.domain.merge.MergeField;
import io.zpl.domain.merge.Moved;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.ZaloUserId;
import io.zpl.support.UiTest;
import io.zpl.ui.duplicates.DuplicatesView;
import io.zpl.ui.shadow.ShadowReviewView;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The merge dialog as a CS Lead uses it from the duplicates queue, and the merge history with its Undo. */
class MergeDialogTest extends UiTest {

    private static final Actor LEAD = new Actor("lead", Set.of(Role.CS_LEAD, Role.AGENT));

    @Autowired
    PartnerLinks links;

    @Autowired
    Partners partners;

    @Autowired
    PartnerCards cards;

    @Autowired
    DetectDuplicates detection;

    @Autowired
    ReviewDuplicates review;

    @Autowired
    UndoMerge undo;

    @Autowired
    ListMerges merges;

    private Long mergeToUndo;
    private Long groupToDismiss;

    private PartnerId son() {
        return links.find(DemoData.SUPPORT_OA, DemoData.SON_ON_SUPPORT)
                .orElseThrow()
                .partnerId();
    }

    private PartnerId sonsShadow() {
        return links.find(DemoData.SALES_OA, DemoData.SON_ON_SALES)
                .orElseThrow()
                .partnerId();
    }

    private PartnerCard card(PartnerId id) {
        return cards.cards(List.of(id)).getFirst();
    }

    /** Opens the duplicates queue and clicks "Merge…" on the group holding these partners. */
    private MergeDialog openMergeOf(PartnerId... members) {
        UI.getCurrent().navigate(DuplicatesView.class);
        @SuppressWarnings("unchecked")
        Grid<DuplicateGroupView> grid = _get(_get(DuplicatesView.class), Grid.class);
        List<DuplicateGroupView> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).partners().stream().map(PartnerCard::id).toList().containsAll(List.of(members))) {
                row = i;
            }
        }
        assertThat(row).as("a group with " + List.of(members)).isNotNegative();
        button(GridKt._getCellComponent(grid, row, "actions"), "Merge…").click();
        return _get(MergeDialog.class);
    }

    private static Button button(Component container, String text) {
        return _get(container, Button.class, spec -> spec.withText(text));
    }

    @Test
    void mr_sons_group_opens_a_dialog_with_the_survivor_the_fields_and_what_the_merge_would_move() {
        logInAs("lead", Role.CS_LEAD, Role.AGENT);
        PartnerCard son = card(son());
        PartnerCard shadow = card(sonsShadow());

        MergeDialog dialog = openMergeOf(son.id(), shadow.id());

        assertThat(dialog.survivor.getValue().id())
                .as("the verified partner survives by default")
                .isEqualTo(son.id());
        assertThat(dialog.survivor.getListDataView().getItems().map(PartnerCard::id))
                .containsExactlyInAnyOrder(son.id(), shadow.id());
        var name = dialog.fields.get(MergeField.NAME);
        assertThat(name.getListDataView()
                        .getItems()
                        .map(p -> name.getItemLabelGenerator().apply(p)))
                .containsExactlyInAnyOrder("Nguyễn Văn Sơn — #" + son.id(), "Son Nguyen — #" + shadow.id());
        assertThat(name.getValue().id()).isEqualTo(son.id());
        assertThat(dialog.fields.get(MergeField.EMAIL).getValue().id()).isEqualTo(son.id());
        assertThat(dialog.fields.get(MergeField.ADDRESS).getValue().id()).isEqualTo(son.id());

        List<Moved> moves = GridKt._fetch(dialog.moves, 0, 10);
        assertThat(moves).contains(new Moved("partner_link", 1), new Moved("sales_order", 1));
        assertThat(GridKt._getFormatted(dialog.moves, moves.indexOf(new Moved("sales_order", 1)), "what"))
                .isEqualTo("Quotes and orders");
        assertThat(dialog.summary.getElement().getTextRecursively())
                .contains("Balance of the survivor: " + MergeText.money(son.openBalance()) + " before → "
                        + MergeText.money(son.openBalance().add(shadow.openBalance())) + " after; documents "
                        + son.documentCount() + " → " + (son.documentCount() + shadow.documentCount()) + ".")
                .contains("Phones after the merge (united, none dropped): " + DemoData.SON_PHONE.display());
        assertThat(dialog.linksByOa.getElement().getTextRecursively())
                .contains("Support OA: #" + son.id())
                .contains("Sales OA: #" + shadow.id());
        assertThat(dialog.linksByOa.getChildren().filter(c -> c.hasClassName("flagged")))
                .isEmpty();
        assertThat(dialog.confirm.isEnabled()).isTrue();
    }

    @Test
    void choosing_another_name_or_the_shadow_as_survivor_updates_the_preview() {
        logInAs("lead", Role.CS_LEAD, Role.AGENT);
        PartnerId shadow = sonsShadow();
        MergeDialog dialog = openMergeOf(son(), shadow);

        var name = dialog.fields.get(MergeField.NAME);
        name.setValue(name.getListDataView()
                .getItems()
                .filter(p -> p.id().equals(shadow))
                .findFirst()
                .orElseThrow());
        dialog.refresh();
        assertThat(dialog.preview.survivorAfter().name()).isEqualTo("Son Nguyen");

        dialog.survivor.setValue(dialog.survivor
                .getListDataView()
                .getItems()
                .filter(p -> p.id().equals(shadow))
                .findFirst()
                .orElseThrow());
        assertThat(conflict(dialog, "SHADOW_SURVIVOR").getElement().getThemeList())
                .as("a blocking conflict is shown in red")
                .contains("badge", "error");
        assertThat(dialog.confirm.isEnabled()).isFalse();
    }

    @Test
    void the_reason_is_required_and_nothing_is_merged_without_it() {
        logInAs("lead", Role.CS_LEAD, Role.AGENT);
        MergeDialog dialog = openMergeOf(son(), sonsShadow());

        dialog.reason.setValue("   ");
        dialog.confirm.click();

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage())
                .isEqualTo("say why these partners are one person (the reason is journaled)");
        assertThat(dialog.result.getChildren()).isEmpty();
        assertThat(partners.find(sonsShadow()).orElseThrow().status()).isEqualTo(PartnerStatus.SHADOW);
    }

    @Test
    void merging_shows_the_reaudit_and_the_history_undoes_it_exactly() {
        logInAs("lead", Role.CS_LEAD, Role.AGENT);
        PartnerId son = son();
        PartnerId shadow = sonsShadow();
        PartnerCard sonBefore = card(son);
        MergeDialog dialog = openMergeOf(son, shadow);

        dialog.reason.setValue("Same phone; he confirmed both Zalo accounts are his");
        dialog.confirm.click();

        MergeEntry entry = merges.list(LEAD, null, 1).items().getFirst();
        mergeToUndo = entry.mergeId();
        assertThat(entry.survivorId()).isEqualTo(son);
        assertThat(partners.find(shadow).orElseThrow().mergedInto()).isEqualTo(son);
        assertThat(dialog.reason.isInvalid()).isFalse();
        String result = dialog.result.getElement().getTextRecursively();
        assertThat(result)
                .contains("Merged into #" + son + " Nguyễn Văn Sơn (journal #" + entry.mergeId() + ")")
                .contains("Re-audit of the affected OAs");
        var sales = _get(
                dialog.result,
                com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("reaudit-" + DemoData.SALES_OA.value()));
        assertThat(sales.getElement().getTextRecursively()).startsWith("Sales OA: ");
        assertThat(_find(sales, Span.class).stream()
                        .filter(s -> "CROSS_OA_DUPLICATES_CHECKED"
                                .equals(s.getElement().getAttribute("data-check"))))
                .hasSize(1);
        assertThat(dialog.confirm.isEnabled()).isFalse();
        assertThat(dialog.survivor.isReadOnly()).isTrue();

        UI.getCurrent().navigate(MergeHistoryView.class);
        var history = _get(MergeHistoryView.class);
        List<MergeEntry> journal = GridKt._fetch(history.grid, 0, 10);
        assertThat(journal.getFirst().mergeId()).isEqualTo(entry.mergeId());
        assertThat(journal.getFirst().reason()).isEqualTo("Same phone; he confirmed both Zalo accounts are his");
        assertThat(GridKt._getFormatted(history.grid, 0, "moved"))
                .contains("Zalo partner links 1", "Quotes and orders 1");
        ((Button) GridKt._getCellComponent(history.grid, 0, "undo")).click();
        mergeToUndo = null;

        var restored = partners.find(shadow).orElseThrow();
        assertThat(restored.status()).isEqualTo(PartnerStatus.SHADOW);
        assertThat(restored.mergedInto()).isNull();
        assertThat(card(son).documentCount()).isEqualTo(sonBefore.documentCount());
        assertThat(card(son).openBalance()).isEqualByComparingTo(sonBefore.openBalance());
        assertThat(links.find(DemoData.SALES_OA, DemoData.SON_ON_SALES)
                        .orElseThrow()
                        .partnerId())
                .isEqualTo(shadow);
        assertThat(((Span) GridKt._getCellComponent(history.grid, 0, "undo")).getText())
                .isEqualTo("Undone by lead");
    }

    @Test
    void two_links_on_one_oa_after_the_merge_are_flagged_and_shown_as_a_conflict() {
        logInAs("lead", Role.CS_LEAD, Role.AGENT);
        String phone = "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        PartnerId first = customerOnShop("Lê Thị Thu", phone);
        PartnerId second = customerOnShop("Le Thi Thu", phone);
        detection.detectFor(first);
        groupToDismiss = groupOf(first);

        MergeDialog dialog = openMergeOf(first, second);

        var flagged = dialog.linksByOa
                .getChildren()
                .filter(c -> c.hasClassName("flagged"))
                .toList();
        assertThat(flagged).singleElement().satisfies(line -> {
            assertThat(line.getElement().getTextRecursively())
                    .startsWith("Shop OA: #" + first)
                    .endsWith("⚠ 2 links on one OA");
            assertThat(line.getElement().getThemeList()).contains("badge");
        });
        assertThat(conflict(dialog, "TWO_LINKS_ON_ONE_OA").getText())
                .startsWith("⚠ After the merge the survivor has 2 links on OA " + DemoData.SHOP_OA);
        assertThat(dialog.confirm.isEnabled()).as("allowed, only shown").isTrue();
    }

    @Test
    void agents_and_zalo_admins_without_the_cs_lead_role_cannot_reach_merging() {
        for (Role[] roles : List.of(new Role[] {Role.AGENT}, new Role[] {Role.ZALO_ADMIN, Role.AGENT})) {
            logInAs("someone", roles);
            UI.getCurrent().navigate("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                    .as(List.of(roles).toString())
                    .contains("Partners")
                    .doesNotContain("Duplicates", "Shadow review", "Merge history");
            for (var view : List.of(DuplicatesView.class, ShadowReviewView.class, MergeHistoryView.class)) {
                assertThatThrownBy(() -> UI.getCurrent().navigate(view))
                        .as(List.of(roles) + " " + view.getSimpleName())
                        .isInstanceOf(MockAccessDeniedException.class);
            }
        }
    }

    private static Span conflict(MergeDialog dialog, String code) {
        return (Span) dialog.conflicts
                .getChildren()
                .filter(c -> code.equals(c.getElement().getAttribute("data-code")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no conflict " + code + " in "
                        + dialog.conflicts.getElement().getTextRecursively()));
    }

    private PartnerId customerOnShop(String name, String phone) {
        var partner = partners.create(
                PartnerStatus.VERIFIED, new PartnerDetails(name, List.of(PhoneNumber.parse(phone)), null, null), "ERP");
        links.create(new NewLink(
                DemoData.SHOP_OA,
                new ZaloUserId(String.valueOf(
                        3_800_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1L << 40))),
                DemoData.APP_A,
                null,
                partner.id(),
                new ZaloProfile(name, null, null, true, null, null, null, null),
                MessageStats.none(),
                SyncState.never()));
        return partner.id();
    }

    private long groupOf(PartnerId partner) {
        return review
                .list(LEAD, new io.zpl.domain.duplicate.DuplicateQuery(DemoData.SHOP_OA, null, null, 200))
                .items()
                .stream()
                .filter(g -> g.partners().stream().anyMatch(p -> p.id().equals(partner)))
                .findFirst()
                .orElseThrow()
                .groupId();
    }

    /** Other test classes share the demo story: never leave Mr. Sơn merged or a fixture group open. */
    @AfterEach
    void putTheDemoBack() {
        if (mergeToUndo != null) {
            undo.undo(LEAD, mergeToUndo);
        }
        if (groupToDismiss != null) {
            review.dismiss(LEAD, groupToDismiss, "test fixture");
        }
    }
}
