package io.zpl.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.demo.DemoData;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.ZaloUserId;
import io.zpl.support.Api;
import io.zpl.support.AppTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RecipientsApiTest extends AppTest {

    private static final String SALES = DemoData.SALES_OA.value();

    @Autowired
    Partners partners;

    @Autowired
    PartnerLinks links;

    private Api.Response resolve(String user, String partnerId, String oaId, String purpose) {
        return Api.as(baseUrl(), user, user)
                .post(
                        "/api/v1/recipients/resolve",
                        "{\"partnerId\":\"%s\",\"oaId\":\"%s\",\"purpose\":\"%s\"}"
                                .formatted(partnerId, oaId, purpose));
    }

    /** A verified customer with one fresh, followed, recently active link on the Sales OA. */
    private PartnerId customerOnSales(PartnerStatus status, ZaloUserId user) {
        var partner = partners.create(status, new PartnerDetails("Đặng Thị Hoa", List.of(), null, null), "ERP");
        Instant recent = Instant.now().minus(Duration.ofHours(2));
        links.create(new NewLink(
                DemoData.SALES_OA,
                user,
                DemoData.APP_B,
                null,
                partner.id(),
                new ZaloProfile("Hoa", null, null, true, recent, null, null, null),
                MessageStats.none(),
                new SyncState(recent, recent, SyncOutcome.OK, null, null)));
        return partner.id();
    }

    private static ZaloUserId someUser() {
        return new ZaloUserId(String.valueOf(
                3_900_000_000_000_000_000L + ThreadLocalRandom.current().nextInt(1 << 30)));
    }

    @Test
    void mr_sons_shadow_on_the_sales_oa_is_blocked_for_business_with_the_reason_and_no_recipient() {
        var shadow = links.find(DemoData.SALES_OA, DemoData.SON_ON_SALES)
                .orElseThrow()
                .partnerId();

        var response = resolve("agent", shadow.toString(), SALES, "BUSINESS");

        assertThat(response.status()).isEqualTo(200);
        var body = response.json();
        assertThat(body.get("decision").asString()).isEqualTo("BLOCK");
        assertThat(body.get("partnerId").asString()).isEqualTo(shadow.toString());
        assertThat(body.has("zaloUserId")).isFalse();
        assertThat(body.get("reasons").valueStream().map(r -> r.get("code").asString()))
                .contains("SHADOW_UNVERIFIED");
        assertThat(body.get("reasons").get(0).get("message").asString()).isNotBlank();
    }

    @Test
    void a_verified_customer_with_a_fresh_link_is_allowed_and_named_by_his_zalo_user_id() {
        var user = someUser();
        var customer = customerOnSales(PartnerStatus.VERIFIED, user);

        var body = resolve("agent", customer.toString(), SALES, "BUSINESS").json();

        assertThat(body.get("decision").asString()).isEqualTo("ALLOW");
        assertThat(body.get("zaloUserId").asString()).isEqualTo(user.value());
        assertThat(body.get("reasons").size()).isZero();
        assertThat(body.has("resolvedFrom")).isFalse();
    }

    @Test
    void an_old_id_merged_twice_answers_the_survivor_and_where_it_came_from() {
        var user = someUser();
        var survivor = customerOnSales(PartnerStatus.VERIFIED, user);
        var middle =
                partners.create(PartnerStatus.VERIFIED, new PartnerDetails("Hoa Dang", List.of(), null, null), "ERP");
        var oldest = partners.create(PartnerStatus.SHADOW, new PartnerDetails("Hoa", List.of(), null, null), "Zalo");
        partners.save(oldest.tombstoneInto(middle.id()));
        partners.save(partners.find(middle.id()).orElseThrow().tombstoneInto(survivor));

        var body = resolve("lead", oldest.id().toString(), SALES, "BUSINESS").json();

        assertThat(body.get("decision").asString()).isEqualTo("ALLOW");
        assertThat(body.get("partnerId").asString()).isEqualTo(survivor.toString());
        assertThat(body.get("resolvedFrom").asString()).isEqualTo(oldest.id().toString());
        assertThat(body.get("zaloUserId").asString()).isEqualTo(user.value());
    }

    @Test
    void a_conversation_with_a_shadow_is_only_warned_about() {
        var user = someUser();
        var shadow = customerOnSales(PartnerStatus.SHADOW, user);

        var body = resolve("agent", shadow.toString(), SALES, "CONVERSATION").json();

        assertThat(body.get("decision").asString()).isEqualTo("WARN");
        assertThat(body.get("zaloUserId").asString()).isEqualTo(user.value());
        assertThat(body.get("reasons").get(0).get("code").asString()).isEqualTo("SHADOW_UNVERIFIED");
        assertThat(body.get("reasons").get(0).get("effect").asString()).isEqualTo("WARN");
    }

    @Test
    void a_partner_without_a_link_on_the_oa_cannot_be_reached() {
        var lonely =
                partners.create(PartnerStatus.VERIFIED, new PartnerDetails("Bùi Văn Tú", List.of(), null, null), "ERP");

        var body = resolve("admin", lonely.id().toString(), SALES, "BUSINESS").json();

        assertThat(body.get("decision").asString()).isEqualTo("BLOCK");
        assertThat(body.get("reasons").get(0).get("code").asString()).isEqualTo("RECIPIENT_NOT_DETERMINED");
        assertThat(body.get("reasons").get(0).get("message").asString())
                .isEqualTo("Bùi Văn Tú has no Zalo link on Sales OA: the recipient cannot be determined.");
    }

    @Test
    void an_unknown_partner_or_oa_is_a_404_problem() {
        var partner = resolve("agent", "987654321", SALES, "BUSINESS");
        assertThat(partner.status()).isEqualTo(404);
        assertThat(partner.contentType()).startsWith("application/problem+json");
        assertThat(partner.json().get("code").asString()).isEqualTo("PARTNER_NOT_FOUND");

        var oa = resolve("agent", "1", "2000000000000000099", "BUSINESS");
        assertThat(oa.status()).isEqualTo(404);
        assertThat(oa.json().get("code").asString()).isEqualTo("OA_NOT_FOUND");
    }

    @Test
    void bad_input_is_a_400_validation_problem_never_a_500() {
        for (String body : List.of(
                "{\"partnerId\":\"1\",\"oaId\":\"" + SALES + "\",\"purpose\":\"MARKETING\"}",
                "{\"partnerId\":\"1\",\"oaId\":\"" + SALES + "\"}",
                "{\"partnerId\":\"abc\",\"oaId\":\"" + SALES + "\",\"purpose\":\"BUSINESS\"}",
                "{\"partnerId\":\"1\",\"oaId\":\"not-an-oa\",\"purpose\":\"BUSINESS\"}",
                "{\"partnerId\":",
                "")) {
            var response = Api.as(baseUrl(), "agent", "agent").post("/api/v1/recipients/resolve", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("code").asString()).as(body).isEqualTo("VALIDATION_FAILED");
        }
        var purpose = resolve("agent", "1", SALES, "MARKETING").json();
        assertThat(purpose.get("detail").asString()).contains("BUSINESS, CONVERSATION");
    }

    @Test
    void every_role_may_ask_but_not_anonymously() {
        var customer = customerOnSales(PartnerStatus.VERIFIED, someUser()).toString();
        for (String user : List.of("admin", "lead", "agent")) {
            assertThat(resolve(user, customer, SALES, "BUSINESS").status()).isEqualTo(200);
        }
        var anonymous = Api.anonymous(baseUrl())
                .post(
                        "/api/v1/recipients/resolve",
                        "{\"partnerId\":\"1\",\"oaId\":\"" + SALES + "\",\"purpose\":\"BUSINESS\"}");
        assertThat(anonymous.status()).isEqualTo(401);
    }
}
