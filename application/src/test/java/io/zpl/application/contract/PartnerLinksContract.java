package io.zpl.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link PartnerLinks} must do. Implementations provide two OAs of one App. */
public abstract class PartnerLinksContract {

    protected abstract PartnerLinks links();

    protected abstract Partners partners();

    /** An OA that exists, under {@link #app()}. */
    protected abstract OaId oa();

    /** A second OA under the same App. */
    protected abstract OaId otherOa();

    protected abstract ZaloAppId app();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private PartnerId partner(String name) {
        return partners()
                .create(PartnerStatus.VERIFIED, new PartnerDetails(name, List.of(), null, null), "ERP")
                .id();
    }

    private NewLink link(OaId oa, String user, String byApp, PartnerId partner) {
        return new NewLink(
                oa,
                new ZaloUserId(user),
                app(),
                new UserIdByApp(byApp),
                partner,
                new ZaloProfile(
                        "Sơn 🌸",
                        "https://a/1.jpg",
                        "VIP",
                        true,
                        now,
                        PhoneNumber.parse("0912345678"),
                        "Sơn",
                        "Hà Nội"),
                new MessageStats(3, now.minusSeconds(60), now),
                new SyncState(now, now, SyncOutcome.OK, null, null));
    }

    @Test
    void a_created_link_is_found_by_id_by_oa_and_user_and_by_partner() {
        var son = partner("Sơn");
        var created = links().create(link(oa(), "111", "900", son));

        assertThat(links().find(created.id())).contains(created);
        assertThat(links().find(oa(), new ZaloUserId("111"))).contains(created);
        assertThat(links().find(otherOa(), new ZaloUserId("111"))).isEmpty();
        assertThat(links().ofPartner(son)).containsExactly(created);
    }

    @Test
    void a_batch_of_ids_finds_the_links_that_exist_in_id_order() {
        var son = partner("Sơn");
        var first = links().create(link(oa(), "121", "921", son));
        var second = links().create(link(oa(), "122", "922", son));

        assertThat(links().find(List.of(second.id(), new LinkId(987_654_321L), first.id())))
                .containsExactly(first, second);
        assertThat(links().find(List.of())).isEmpty();
    }

    @Test
    void the_same_zalo_user_on_the_same_oa_cannot_be_linked_twice() {
        var son = partner("Sơn");
        links().create(link(oa(), "222", "901", son));

        assertThatThrownBy(() -> links().create(link(oa(), "222", "901", partner("Other"))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void links_of_one_app_are_found_by_user_id_by_app() {
        var son = partner("Sơn");
        var first = links().create(link(oa(), "333", "902", son));
        var second = links().create(link(otherOa(), "334", "902", son));

        assertThat(links().withUserIdByApp(app(), new UserIdByApp("902"))).containsExactly(first, second);
    }

    @Test
    void saving_repoints_and_keeps_the_profile() {
        var before = partner("A");
        var after = partner("B");
        var link = links().create(link(oa(), "444", "903", before));

        links().save(link.repointTo(after));

        assertThat(links().find(link.id()).orElseThrow().partnerId()).isEqualTo(after);
        assertThat(links().find(link.id()).orElseThrow().profile().displayName())
                .isEqualTo("Sơn 🌸");
        assertThat(links().ofPartner(before)).isEmpty();
    }
}
