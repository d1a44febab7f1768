package io.zpl.ui.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import io.zpl.audit.AuditSpringTest;
import io.zpl.domain.access.Role;
import io.zpl.support.UiTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sync Profile from the link form and bulk sync from the OA page, without a browser, on the demo and its sandbox. */
class SyncProfileViewTest extends UiTest {

    private static final String SON = "3000000000000000002";

    @Test
    void the_admin_syncs_a_link_and_is_told_the_outcome_in_plain_words() throws InterruptedException {
        logInAs("admin", Role.ZALO_ADMIN);
        openSon();
        var form = _get(PartnerLinkView.class);
        assertThat(form.sync).isNotNull();

        form.sync.button.click();
        assertThat(form.sync.progress.isVisible()).isTrue();
        assertThat(form.sync.button.isEnabled()).isFalse();
        awaitNotification();

        var refreshed = _get(PartnerLinkView.class);
        assertThat(refreshed.sync).isNotNull();
        assertThat(refreshed.sync.progress.isVisible()).isFalse();
        assertThat(refreshed.sync.button.isEnabled()).isTrue();
        assertThat(refreshed.sync.status.getText()).isEqualTo("Synced: Profile updated from Zalo.");
        assertThat(refreshed.history.getChildren()).isNotEmpty();
    }

    @Test
    void agents_get_no_sync_button() {
        logInAs("agent", Role.AGENT);
        UI.getCurrent().navigate("partner-links/1");
        assertThat(_find(H2.class, spec -> spec.withText("Missing Zalo Admin permission — ask an administrator")))
                .hasSize(1);
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("sync-profile")))
                .isEmpty();
    }

    @Test
    void the_admin_starts_a_bulk_sync_on_the_oa_page_and_watches_it_finish() throws InterruptedException {
        logInAs("admin", Role.ZALO_ADMIN);
        UI.getCurrent().navigate("official-accounts/" + AuditSpringTest.SALES_OA);
        var panel = _get(OfficialAccountView.class).syncJobs;
        assertThat(panel).isNotNull();

        panel.syncAll.click();
        assertThat(panel.syncAll.isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(SyncJobPanel.POLL_MILLIS);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!panel.state.getText().endsWith("DONE") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            panel.refresh();
        }
        assertThat(panel.state.getText()).isEqualTo("Sync all: DONE");
        assertThat(panel.counts.getText()).matches("\\d+ done, 0 failed of \\d+");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(panel.syncAll.isEnabled()).isTrue();
    }

    private static void openSon() {
        UI.getCurrent().navigate("official-accounts/" + AuditSpringTest.SALES_OA + "/partners");
        var grid = _get(ZaloPartnersView.class).grid;
        var son = com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 500).stream()
                .filter(r -> r.link().zaloUserId().value().equals(SON))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate("partner-links/" + son.link().id().value());
    }

    private static void awaitNotification() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (NotificationsKt.getNotifications().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(NotificationsKt.getNotifications())
                .as("a notification with the outcome")
                .isNotEmpty();
    }
}
