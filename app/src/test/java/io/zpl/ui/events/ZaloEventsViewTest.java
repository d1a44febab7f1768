package io.zpl.ui.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.application.port.in.IngestZaloEvent;
import io.zpl.application.port.in.IngestZaloEvent.Accepted;
import io.zpl.application.port.in.ListZaloEvents;
import io.zpl.domain.access.Role;
import io.zpl.domain.event.EventState;
import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.event.ZaloEventSummary;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.ingest.ZaloWebhookBodies;
import io.zpl.support.UiTest;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ZaloEventsViewTest extends UiTest {

    private static final String APP_A = "1000000000000000001";
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ZALO_ADMIN));

    @Autowired
    IngestZaloEvent ingest;

    @Autowired
    ListZaloEvents events;

    @Autowired
    ConfigureZaloOa configure;

    @Test
    void an_event_for_an_oa_not_yet_added_fails_with_the_reason_and_retry_processes_it_once_the_oa_is_added() {
        String oa = "29" + digits(17);
        var failed = webhookFromAnUnknownOa(oa);
        logInAs("admin", Role.ZALO_ADMIN);
        UI.getCurrent().navigate(ZaloEventsView.class);
        var view = _get(ZaloEventsView.class);

        view.state.setValue(EventState.ERROR);
        var listed = GridKt._findAll(view.grid);
        assertThat(listed).allMatch(event -> event.state() == EventState.ERROR);
        var row = listed.stream()
                .filter(event -> event.id().equals(failed))
                .findFirst()
                .orElseThrow();
        assertThat(row.note()).contains(oa).contains("is not registered");

        var dialog = view.open(row);
        assertThat(dialog.retry.isVisible()).isTrue();
        // named to sort after the demo OAs, which other tests of the shared database expect first
        configure.addOfficialAccount(ADMIN, new OaId(oa), "Trial store OA", new ZaloAppId(APP_A));
        dialog.retry.click();

        assertThat(events.show(ADMIN, failed).event().state()).isEqualTo(EventState.PROCESSED);
        view.state.setValue(EventState.PROCESSED);
        assertThat(GridKt._findAll(view.grid)).extracting(ZaloEventSummary::id).contains(failed);
    }

    private ZaloEventId webhookFromAnUnknownOa(String oa) {
        long now = System.currentTimeMillis();
        byte[] body = ZaloWebhookBodies.userSendText(
                APP_A, oa, "38" + digits(17), "58" + digits(17), "m" + digits(17), "Xin chào shop", now);
        var receipt = ingest.ingest(body, ZaloWebhookBodies.sign(APP_A, body, now, "demo-oa-secret-a"));
        var id = ((Accepted) receipt).eventId();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> events.show(ADMIN, id).event().state() == EventState.ERROR);
        return id;
    }

    private static String digits(int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(ThreadLocalRandom.current().nextInt(10));
        }
        return text.toString();
    }
}
